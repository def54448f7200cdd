import { getEnv } from "@/lib/env";
import { buildOpenApiDocument } from "@/lib/openapi/openapi-document";

// GET /api/v1/openapi.json → the OpenAPI 3.1 document of /api/v1. Public: it describes the
// API and holds no data, and clients generate code from it before they have a token.
export function GET(request: Request): Response {
  // the configured public URL when set (behind a proxy the request origin is internal)
  const origin = (getEnv().NEXTAUTH_URL ?? new URL(request.url).origin).replace(/\/+$/, "");
  return Response.json(buildOpenApiDocument(`${origin}/api/v1`), {
    headers: { "Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*" },
  });
}
