import type { AnnotatedArticle } from "./annotated-article.types";

/** Media type of the native `json` format. */
export const JSON_CONTENT_TYPE = "application/json; charset=utf-8";

/** The native `json` format, pretty-printed for people who open the file. */
export function toNativeJson(a: AnnotatedArticle): string {
  return `${JSON.stringify(a, null, 2)}\n`;
}
