import type { AnnotatedArticle, ExportClaim, ExportContext, ExportSource } from "./annotated-article.types";
import { getArticleUrl, getClaimIri, isHttpUrl } from "./export-urls";
import { sanitizeExplanationHtml } from "./sanitize-explanation";

export type W3cTextualBody = {
  type: "TextualBody";
  purpose: "assessing" | "describing";
  value: string;
  format: "text/plain" | "text/html";
  language?: string;
};

export type W3cLinkingBody = {
  type: "SpecificResource";
  purpose: "linking";
  source: string;
  state?: { type: "TimeState"; sourceDate: string; cached?: string };
};

export type W3cAnnotation = {
  id: string;
  type: "Annotation";
  motivation: "assessing";
  created: string;
  modified: string;
  creator: { id: string; type: "Organization"; name: string };
  body?: Array<W3cTextualBody | W3cLinkingBody>;
  target: {
    source: string;
    state: { type: "TimeState"; sourceDate: string };
    selector: [
      { type: "TextQuoteSelector"; exact: string; prefix: string; suffix: string },
      { type: "TextPositionSelector"; start: number; end: number },
    ];
  };
};

function toSourceBody(s: ExportSource): W3cLinkingBody {
  // The accessed date is the state of the web page the claim was checked against;
  // an archive copy is exactly what TimeState.cached is for.
  const state: W3cLinkingBody["state"] = { type: "TimeState", sourceDate: `${s.accessedAt}T00:00:00Z` };
  if (s.archiveUrl && isHttpUrl(s.archiveUrl)) state.cached = s.archiveUrl;
  return { type: "SpecificResource", purpose: "linking", source: s.url, state };
}

function toBodies(claim: ExportClaim, language: string): Array<W3cTextualBody | W3cLinkingBody> {
  const bodies: Array<W3cTextualBody | W3cLinkingBody> = [];
  const v = claim.verdict;
  if (v) {
    const value = [v.rating?.label, v.summary].filter((part) => part && part.trim()).join(": ");
    if (value) bodies.push({ type: "TextualBody", purpose: "assessing", value, format: "text/plain", language });
    const html = v.explanationHtml.trim() ? sanitizeExplanationHtml(v.explanationHtml) : "";
    if (html.trim()) bodies.push({ type: "TextualBody", purpose: "describing", value: html, format: "text/html", language });
    else if (v.explanationText.trim())
      bodies.push({ type: "TextualBody", purpose: "describing", value: v.explanationText, format: "text/plain", language });
  }
  // Only http(s) sources become linking bodies: a consumer will render them as links.
  for (const s of claim.sources) if (isHttpUrl(s.url)) bodies.push(toSourceBody(s));
  return bodies;
}

/**
 * One claim as a W3C Web Annotation (motivation "assessing") on the article's revision:
 * TextQuote + TextPosition selectors (code points), the verdict and explanation as
 * TextualBody, each http(s) source as a SpecificResource with purpose "linking".
 */
export function toW3cAnnotation(a: AnnotatedArticle, ctx: ExportContext, claim: ExportClaim): W3cAnnotation {
  const { exact, prefix, suffix, start, end } = claim.selector;
  const bodies = toBodies(claim, a.article.language);
  return {
    id: getClaimIri(ctx, claim.id),
    type: "Annotation",
    motivation: "assessing",
    created: claim.createdAt,
    modified: claim.updatedAt,
    creator: { id: ctx.newsroomUrl, type: "Organization", name: ctx.newsroomName },
    ...(bodies.length ? { body: bodies } : {}),
    target: {
      source: getArticleUrl(a, ctx),
      state: { type: "TimeState", sourceDate: a.article.revision.createdAt },
      selector: [
        { type: "TextQuoteSelector", exact, prefix, suffix },
        { type: "TextPositionSelector", start, end },
      ],
    },
  };
}
