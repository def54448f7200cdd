import { z } from "zod";

export const EXPORT_STATUSES = ["approved", "all"] as const;
export type ExportStatus = (typeof EXPORT_STATUSES)[number];

export const ARTICLE_EXPORT_FORMATS = ["json", "w3c", "claimreview", "html", "csv"] as const;
export type ArticleExportFormat = (typeof ARTICLE_EXPORT_FORMATS)[number];

const status = z.enum(EXPORT_STATUSES, { error: "must be one of: approved, all" }).optional();

/** Query of GET /api/v1/articles/{id}/export; `status` defaults by role (see resolveExportStatus). */
export const articleExportQuerySchema = z.object({
  format: z.enum(ARTICLE_EXPORT_FORMATS, { error: `must be one of: ${ARTICLE_EXPORT_FORMATS.join(", ")}` }).default("json"),
  status,
});

function isRealDate(value: string): boolean {
  const time = Date.parse(value);
  if (Number.isNaN(time)) return false;
  const [y, m, d] = value.slice(0, 10).split("-").map(Number);
  const day = new Date(Date.UTC(y!, m! - 1, d!));
  return day.getUTCFullYear() === y && day.getUTCMonth() === m! - 1 && day.getUTCDate() === d;
}

/** Query of GET /api/v1/export (bulk); `since` is an ISO 8601 date or date-time. */
export const bulkExportQuerySchema = z.object({
  format: z.literal("ndjson", { error: "must be ndjson" }).default("ndjson"),
  status,
  since: z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/, "must be an ISO 8601 date, e.g. 2025-08-01 or 2025-08-01T09:30:00Z")
    // Date.parse rolls 2025-02-30 over to March: require the calendar date to survive the parse
    .refine((v) => isRealDate(v), "must be a real date")
    .transform((v) => new Date(v))
    .optional(),
});
