import type { AnnotatedArticle, ExportClaim } from "./annotated-article.types";
import { toCsvRecord } from "./csv-cell";

/** Media type of the `csv` format (RFC 4180, with the header row declared). */
export const CSV_CONTENT_TYPE = "text/csv; charset=utf-8; header=present";

/** Column names of the `csv` format, in order. */
export const CSV_COLUMNS = [
  "article_id", "article_title", "article_url", "revision",
  "claim_id", "status", "kind", "exact", "start", "end",
  "statement", "claimant", "rating_label", "rating_value", "summary", "explanation",
  "source_urls", "approved_by", "approved_at",
] as const;

function toRow(a: AnnotatedArticle, c: ExportClaim): Array<string | number | null> {
  return [
    a.article.id, a.article.title, a.article.sourceUrl, a.article.revision.number,
    c.id, c.status, c.kind, c.selector.exact, c.selector.start, c.selector.end,
    c.statement, c.claimant, c.verdict?.rating?.label ?? null, c.verdict?.rating?.value ?? null,
    c.verdict?.summary ?? null, c.verdict?.explanationText ?? null,
    c.sources.map((s) => s.url).join(" | "), c.review?.approvedBy?.name ?? null, c.review?.approvedAt ?? null,
  ];
}

/**
 * One CSV row per claim with a header row: RFC 4180 (CRLF line ends, fields quoted when
 * needed, quotes doubled) and every text cell starting with = + - @ TAB or CR prefixed
 * with ' so spreadsheets do not run it as a formula. Starts with a UTF-8 BOM only when
 * `bom` is set (Excel needs it to read UTF-8; other parsers may not want it).
 */
export function toCsv(a: AnnotatedArticle, options: { bom?: boolean } = {}): string {
  const lines = [toCsvRecord([...CSV_COLUMNS]), ...a.claims.map((c) => toCsvRecord(toRow(a, c)))];
  return (options.bom ? "\uFEFF" : "") + lines.map((line) => `${line}\r\n`).join("");
}
