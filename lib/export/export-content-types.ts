import type { ExportFormat } from "./annotated-article.types";
import { CLAIM_REVIEW_CONTENT_TYPE } from "./export-claim-review";
import { CSV_CONTENT_TYPE } from "./export-csv";
import { HTML_CONTENT_TYPE } from "./export-html";
import { JSON_CONTENT_TYPE } from "./export-json";
import { NDJSON_CONTENT_TYPE } from "./export-ndjson";
import { W3C_CONTENT_TYPE } from "./export-w3c";

/** Content-Type header of each export format, for the download routes. */
export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  json: JSON_CONTENT_TYPE,
  w3c: W3C_CONTENT_TYPE,
  claimreview: CLAIM_REVIEW_CONTENT_TYPE,
  html: HTML_CONTENT_TYPE,
  csv: CSV_CONTENT_TYPE,
  ndjson: NDJSON_CONTENT_TYPE,
};
