import { annotatedArticleJsonSchema } from "@/lib/export/validate-annotated-article";

// GET /api/v1/schemas/annotated-article-1.json → the committed JSON Schema of the native export.
// Public, no sign-in: a schema describes a format, holds no data, and validators and people
// receiving an export file (who may have no account) must be able to fetch it by its URL.
export function GET(): Response {
  return Response.json(annotatedArticleJsonSchema, {
    headers: {
      "Content-Type": "application/schema+json",
      "Cache-Control": "public, max-age=3600",
      "Access-Control-Allow-Origin": "*",
    },
  });
}
