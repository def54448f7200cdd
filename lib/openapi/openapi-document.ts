import { componentSchemas, securitySchemes } from "./openapi-components";
import type { PathItem } from "./openapi-helpers";
import { adminPaths } from "./paths-admin";
import { articlePaths } from "./paths-articles";
import { claimPaths } from "./paths-claims";
import { exportPaths } from "./paths-export";

/** Every /api/v1 path (relative to the server URL) → its operations. A unit test keeps it in step with app/api/v1. */
export const openApiPaths: Record<string, PathItem> = { ...articlePaths, ...claimPaths, ...adminPaths, ...exportPaths };

/**
 * The OpenAPI 3.1 document of /api/v1, served at /api/v1/openapi.json. `serverUrl` is the
 * absolute /api/v1 URL of this instance (relative when unknown).
 */
export function buildOpenApiDocument(serverUrl = "/api/v1"): Record<string, unknown> {
  return {
    openapi: "3.1.0",
    info: {
      title: "Factmark API",
      version: "1",
      description:
        "Claim fact-checking annotations. JSON in and out; errors are `{ error: { code, message, fields? } }`. Authenticate with the session cookie or `Authorization: Bearer <token>`; a token can do what its owner's role allows, narrowed to its scopes (read, export, write).",
    },
    servers: [{ url: serverUrl }],
    security: [{ bearerToken: [] }, { sessionCookie: [] }],
    paths: openApiPaths,
    components: { schemas: componentSchemas, securitySchemes },
  };
}
