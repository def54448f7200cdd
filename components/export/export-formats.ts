/** The per-article formats offered on the Export page, in the order shown. */
export const EXPORT_FORMAT_OPTIONS = [
  { format: "json", label: "JSON", title: "Factmark native JSON (factmark.annotated-article/1)" },
  { format: "w3c", label: "W3C JSON-LD", title: "W3C Web Annotation collection" },
  { format: "claimreview", label: "ClaimReview JSON-LD", title: "schema.org ClaimReview, approved claims" },
  { format: "html", label: "HTML", title: "Standalone annotated page, opens offline" },
  { format: "csv", label: "CSV", title: "One row per claim" },
] as const;

export type ExportStatusChoice = "approved" | "all";

/** URL of one article's export (same origin, so the session cookie authenticates the download). */
export function articleExportUrl(articleId: string, format: string, status: ExportStatusChoice): string {
  return `/api/v1/articles/${encodeURIComponent(articleId)}/export?format=${format}&status=${status}`;
}
