import type { AnnotatedArticle, ExportContext } from "./annotated-article.types";

// One place that knows the app's URL layout, so exports and routes agree on it.
const trimSlash = (url: string) => url.replace(/\/+$/, "");

/** True for absolute http(s) URLs: the only ones exports turn into links. */
export function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === "http:" || protocol === "https:";
  } catch {
    return false;
  }
}

/** The article's page in this Factmark instance (used when it has no http(s) source URL). */
export function getArticleAppUrl(ctx: ExportContext, articleId: string): string {
  return `${trimSlash(ctx.appBaseUrl)}/articles/${encodeURIComponent(articleId)}`;
}

/** The public URL of the article: its http(s) source URL, else its page in the app. */
export function getArticleUrl(a: AnnotatedArticle, ctx: ExportContext): string {
  const source = a.article.sourceUrl;
  return source && isHttpUrl(source) ? source : getArticleAppUrl(ctx, a.article.id);
}

/** Dereferenceable IRI of a claim (its API resource); W3C Annotation ids use it. */
export function getClaimIri(ctx: ExportContext, claimId: string): string {
  return `${trimSlash(ctx.appBaseUrl)}/api/v1/claims/${encodeURIComponent(claimId)}`;
}

/** IRI of an export of the article in a given format (ids of collections and pages). */
export function getExportIri(ctx: ExportContext, articleId: string, format: string): string {
  return `${trimSlash(ctx.appBaseUrl)}/api/v1/articles/${encodeURIComponent(articleId)}/export?format=${format}`;
}

/**
 * Where a reader finds the newsroom's check of a claim: the configured publication URL
 * (a literal "{articleId}" in it is replaced by the article id) or the article URL, with
 * the fragment "#claim-<id>" that the annotated HTML also uses.
 */
export function getClaimReviewUrl(a: AnnotatedArticle, ctx: ExportContext, claimId: string): string {
  const base = ctx.publicationBaseUrl
    ? ctx.publicationBaseUrl.replaceAll("{articleId}", encodeURIComponent(a.article.id))
    : getArticleUrl(a, ctx);
  return `${base.replace(/#.*$/, "")}#claim-${encodeURIComponent(claimId)}`;
}
