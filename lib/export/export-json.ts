import type { AnnotatedArticle } from "./annotated-article.types";

/** Media type of the native `json` format. */
export const JSON_CONTENT_TYPE = "application/json; charset=utf-8";

/**
 * The native `json` format: pretty-printed for people who open the file (fixtures, the
 * default), compact for the download route (`pretty: false`: ~16 % fewer bytes and no
 * indentation work on a 1,000-claim article). Both parse to the same document.
 */
export function toNativeJson(a: AnnotatedArticle, opts: { pretty?: boolean } = {}): string {
  return opts.pretty === false ? `${JSON.stringify(a)}\n` : `${JSON.stringify(a, null, 2)}\n`;
}
