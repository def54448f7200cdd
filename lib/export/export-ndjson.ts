import type { AnnotatedArticle } from "./annotated-article.types";

/** Media type of the bulk `ndjson` format. */
export const NDJSON_CONTENT_TYPE = "application/x-ndjson; charset=utf-8";

/**
 * One article as a line of newline-delimited JSON (the native format, no spaces, "\n"
 * terminated). JSON.stringify escapes raw newlines inside strings, so a line is one record.
 */
export function toNdjsonLine(a: AnnotatedArticle): string {
  return `${JSON.stringify(a)}\n`;
}
