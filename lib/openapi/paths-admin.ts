import { arr, bool, enumOf, int, nullable, obj, op, ref, str, type PathItem } from "./openapi-helpers";

const ROLES = ["FACT_CHECKER", "EDITOR", "EXPORTER", "ADMIN"] as const;

/** Review queue, audit log, users, rating scale, settings and personal API tokens. */
export const adminPaths: Record<string, PathItem> = {
  "/review-queue": {
    get: op({
      tag: "Review", summary: "Claims waiting for review, oldest submitted first (editor)",
      query: [{ name: "articleId", schema: str() }, { name: "factCheckerId", schema: str() }, { name: "rating", schema: str() }],
      ok: { schema: obj({ claims: arr({ type: "object" }) }, ["claims"]) },
      errors: [400, 403],
    }),
  },
  "/audit": {
    get: op({
      tag: "Admin", summary: "The audit log (admin), newest first, cursor-paginated",
      query: ["actorId", "entityType", "entityId", "cursor"].map((name) => ({ name, schema: str() }))
        .concat([{ name: "from", schema: str(undefined, { format: "date-time" }) }, { name: "to", schema: str(undefined, { format: "date-time" }) }, { name: "limit", schema: int() }]),
      ok: { schema: obj({ events: arr(ref("AuditEvent")), nextCursor: nullable(str()) }, ["events"]) },
      errors: [400, 403],
    }),
  },
  "/users": {
    get: op({ tag: "Admin", summary: "Every user (admin)", ok: { schema: obj({ users: arr(ref("User")) }, ["users"]) }, errors: [403] }),
    post: op({
      tag: "Admin", summary: "Invite a user (admin); the invite link is shown once",
      body: obj({ email: str(), name: str(), role: enumOf(ROLES) }, ["email", "name", "role"]),
      ok: { status: 201, schema: obj({ user: ref("User"), invitePath: str(), inviteToken: str() }, ["user"]) },
      errors: [403, 409],
    }),
  },
  "/users/{id}": {
    patch: op({
      tag: "Admin", summary: "Change a user's name, role or disabled flag (admin)", path: ["id"],
      body: obj({ name: str(), role: enumOf(ROLES), disabled: bool() }),
      ok: { schema: ref("User") },
      errors: [403, 404, 409],
    }),
  },
  "/rating-scale": {
    get: op({ tag: "Settings", summary: "The rating scale, in position order", ok: { schema: obj({ entries: arr(ref("RatingScaleEntry")) }, ["entries"]) }, errors: [403] }),
    put: op({
      tag: "Settings", summary: "Replace the rating scale (admin); entries in use are retired, never deleted",
      body: obj({ entries: arr(obj({ key: str(), label: str(), description: str(), value: nullable(int()), colour: str(), retired: bool() }, ["key", "label"])) }, ["entries"]),
      ok: { schema: obj({ entries: arr(ref("RatingScaleEntry")) }, ["entries"]) },
      errors: [403, 409],
    }),
  },
  "/settings": {
    get: op({ tag: "Settings", summary: "Newsroom settings with defaults applied (admin)", ok: { schema: ref("Settings") }, errors: [403] }),
    put: op({ tag: "Settings", summary: "Change newsroom settings (admin)", body: ref("Settings"), ok: { schema: ref("Settings") }, errors: [403] }),
  },
  "/tokens": {
    get: op({
      tag: "Tokens", summary: "Your API tokens (admins: ?all=true for everyone's)",
      query: [{ name: "all", schema: enumOf(["true", "false"]) }],
      ok: { schema: obj({ tokens: arr(ref("ApiToken")) }, ["tokens"]) },
      errors: [403],
    }),
    post: op({
      tag: "Tokens", summary: "Create an API token; the token itself is returned once, only its hash is stored",
      body: obj({ name: str(), scopes: arr(enumOf(["read", "export", "write"])), expiresAt: nullable(str("ISO date or date-time in the future")) }, ["name", "scopes"]),
      ok: { status: 201, schema: obj({ token: str("the secret, shown once"), apiToken: ref("ApiToken") }, ["token", "apiToken"]) },
      errors: [403],
    }),
  },
  "/tokens/{id}": {
    delete: op({ tag: "Tokens", summary: "Revoke an API token", path: ["id"], ok: { schema: obj({ token: ref("ApiToken") }, ["token"]) }, errors: [403, 404] }),
  },
};
