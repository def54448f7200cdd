import type { AnnotatedArticle, ExportClaim, ExportContext } from "./annotated-article.types";
import { getArticleUrl, getClaimReviewUrl } from "./export-urls";
import { guessAgentType } from "./guess-agent-type";

/** Media type of the `claimreview` format. */
export const CLAIM_REVIEW_CONTENT_TYPE = "application/ld+json";

type Node = Record<string, unknown>;

/** A schema.org JSON-LD document: always a `@graph`, empty when nothing is approved. */
export type ClaimReviewDocument = { "@context": "https://schema.org"; "@graph": Node[] };

const dateOf = (iso: string | null) => (iso ? iso.slice(0, 10) : undefined);
const agent = (name: string): Node => ({ "@type": guessAgentType(name), name: name.trim() });
// JSON-LD drops undefined on JSON.stringify, but the checker and tests see the object:
// remove empty members so no property is present with an empty value.
const compact = (node: Node): Node =>
  Object.fromEntries(Object.entries(node).filter(([, v]) => v !== undefined && v !== ""));

function toRating(a: AnnotatedArticle, claim: ExportClaim): Node | null {
  const rating = claim.verdict?.rating;
  if (!rating) return null;
  const { bestRating, worstRating } = a.ratingScale;
  // A rating off the numeric scale (e.g. "Unverifiable") has only its name: a number
  // would place it between True and False, which it is not.
  const numeric = rating.value !== null && bestRating !== null && worstRating !== null;
  return compact({
    "@type": "Rating",
    alternateName: rating.label,
    ...(numeric ? { ratingValue: rating.value, bestRating, worstRating } : {}),
    ratingExplanation: claim.verdict?.summary.trim(),
  });
}

function toAppearance(a: AnnotatedArticle, ctx: ExportContext): Node {
  const { article } = a;
  const byline = article.byline.replace(/^\s*by\s+/i, "").trim();
  return compact({
    "@type": "NewsArticle",
    url: getArticleUrl(a, ctx),
    headline: article.title,
    author: byline ? agent(byline) : undefined,
    publisher: article.publisher.trim() ? { "@type": "Organization", name: article.publisher.trim() } : undefined,
    datePublished: dateOf(article.publishedAt),
    inLanguage: article.language,
  });
}

/**
 * Convert an annotated article to schema.org ClaimReview JSON-LD: one ClaimReview per
 * APPROVED claim that has a rating, by the newsroom (ctx), reviewing a Claim made by the
 * claimant in the article. Ratings with a null value carry `alternateName` only.
 */
export function toClaimReview(a: AnnotatedArticle, ctx: ExportContext): ClaimReviewDocument {
  const graph: Node[] = [];
  for (const claim of a.claims) {
    const reviewRating = claim.status === "APPROVED" ? toRating(a, claim) : null;
    if (!reviewRating) continue;
    graph.push(
      compact({
        "@type": "ClaimReview",
        url: getClaimReviewUrl(a, ctx, claim.id),
        claimReviewed: claim.statement.trim() || claim.selector.exact,
        reviewRating,
        author: { "@type": "Organization", name: ctx.newsroomName, url: ctx.newsroomUrl },
        datePublished: dateOf(claim.review?.approvedAt ?? null) ?? dateOf(claim.updatedAt),
        inLanguage: a.article.language,
        itemReviewed: compact({
          "@type": "Claim",
          author: claim.claimant.trim() ? agent(claim.claimant) : undefined,
          datePublished: dateOf(a.article.publishedAt),
          appearance: toAppearance(a, ctx),
        }),
      }),
    );
  }
  return { "@context": "https://schema.org", "@graph": graph };
}
