import { ARTICLE_EXPORT_FORMATS, EXPORT_STATUSES } from "@/lib/export/export-query.types";
import { EXPORT_CONTENT_TYPES } from "@/lib/export/export-content-types";
import { enumOf, op, ref, str, type PathItem } from "./openapi-helpers";

const tag = "Export";
const status = {
  name: "status",
  schema: enumOf(EXPORT_STATUSES),
  description: "approved claims only, or all; default approved for exporters (who may not ask for all), all for others",
};
const attachment = { "Content-Disposition": { schema: { type: "string" }, description: "attachment with the filename" } };

/** Per-article downloads, the bulk NDJSON stream, the JSON Schema and this document. */
export const exportPaths: Record<string, PathItem> = {
  "/articles/{id}/export": {
    get: op({
      tag, summary: "Download an article with its claims in one format", path: ["id"],
      description: "Needs export.read (token scope `export`). json = factmark.annotated-article/1; w3c = W3C Web Annotation AnnotationCollection; claimreview = schema.org ClaimReview (approved claims); html = standalone annotated page; csv = one row per claim.",
      query: [{ name: "format", schema: enumOf(ARTICLE_EXPORT_FORMATS), description: "default json" }, status],
      ok: {
        description: "The export file",
        headers: attachment,
        content: {
          [EXPORT_CONTENT_TYPES.json]: { schema: ref("AnnotatedArticle") },
          [EXPORT_CONTENT_TYPES.w3c]: { schema: { type: "object" } },
          [EXPORT_CONTENT_TYPES.claimreview]: { schema: { type: "object" } },
          [EXPORT_CONTENT_TYPES.html]: { schema: str() },
          [EXPORT_CONTENT_TYPES.csv]: { schema: str() },
        },
      },
      errors: [400, 403, 404],
    }),
  },
  "/export": {
    get: op({
      tag, summary: "Stream every matching article as NDJSON (one native JSON article per line)",
      description: "Needs export.bulk (token scope `export`). Streamed with backpressure in batches; X-Factmark-Total-Articles gives the count at the start.",
      query: [
        { name: "format", schema: enumOf(["ndjson"]), description: "default ndjson" },
        status,
        { name: "since", schema: str("ISO 8601 date or date-time"), description: "only articles whose metadata or an exported claim changed since" },
      ],
      ok: {
        description: "NDJSON stream",
        headers: { ...attachment, "X-Factmark-Total-Articles": { schema: { type: "integer" }, description: "articles the stream will hold (approximate)" } },
        content: { [EXPORT_CONTENT_TYPES.ndjson]: { schema: str("one AnnotatedArticle JSON per line") } },
      },
      errors: [400, 403],
    }),
  },
  "/schemas/annotated-article-1.json": {
    get: op({
      tag, summary: "JSON Schema (2020-12) of the native export factmark.annotated-article/1", public: true,
      ok: { content: { "application/schema+json": { schema: { type: "object" } } } },
    }),
  },
  "/openapi.json": {
    get: op({ tag: "Meta", summary: "This OpenAPI 3.1 document", public: true, ok: { content: { "application/json": { schema: { type: "object" } } } } }),
  },
};
