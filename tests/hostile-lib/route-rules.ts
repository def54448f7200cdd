import { randomUUID } from "node:crypto";
import type { APIRequestContext } from "@playwright/test";
import type { TestUser } from "../e2e/fixtures";
import type { ClaimFixtures, ClaimRef } from "./claim-fixtures";
import { createToken, type Principal } from "./principals";

/** A status, or any of several (e.g. a read that is 404 for someone who may not see the row). */
export type Expected = number | readonly number[];
export type Expectations = Record<Principal, Expected>;

/** One concrete request a rule builds for one principal. */
export type RouteRequest = { params: Record<string, string>; query?: Record<string, string>; body?: unknown };

/** Read-only fixtures shared by a whole spec: an article with an approved, sourced claim. */
export type SharedFixtures = { approved: ClaimRef; sourceId: string; /** a user an admin may rename */ spareUserId: string };

export type RuleContext = {
  fx: ClaimFixtures;
  shared: SharedFixtures;
  principal: Principal;
  /** the principal's own API context (for rules that need something the principal owns) */
  self: APIRequestContext;
  selfUser?: TestUser;
};

/** A malformed variant of a rule's valid request: the field the error must name ("" for a 409 without fields). */
export type MalformedCase = { name: string; field: string; body?: unknown; query?: Record<string, string>; status?: readonly number[] };

export type RouteRule = {
  expect: Expectations;
  /** a valid request for `principal`, on fixtures fresh enough that a permitted write succeeds */
  prepare: (c: RuleContext) => Promise<RouteRequest>;
  /** keys of the body that may not be left out */
  required?: string[];
  /** route-specific malformed inputs beyond the generic ones derived from the valid body */
  malformed?: (valid: RouteRequest) => MalformedCase[];
};

const SIGNED_OUT = { anonymous: 401, revokedToken: 401 } as const;
/** Expectations with the two signed-out principals at 401. */
const who = (e: Omit<Expectations, "anonymous" | "revokedToken">): Expectations => ({ ...SIGNED_OUT, ...e });
const READ_ALL = (ok: Expected) => who({ factChecker: ok, editor: ok, exporter: ok, admin: ok, readToken: ok });
/** fact-checker work: exporters and read-only tokens refused */
const CHECKER_WRITE = (ok: Expected) => who({ factChecker: ok, editor: ok, exporter: 403, admin: ok, readToken: 403 });
const CHECKER_READ = (ok: Expected) => who({ factChecker: ok, editor: ok, exporter: 403, admin: ok, readToken: ok });
const EDITOR_WRITE = (ok: Expected) => who({ factChecker: 403, editor: ok, exporter: 403, admin: ok, readToken: 403 });
const ADMIN_READ = (ok: Expected) => who({ factChecker: 403, editor: 403, exporter: 403, admin: ok, readToken: ok });
const ADMIN_WRITE = (ok: Expected) => who({ factChecker: 403, editor: 403, exporter: 403, admin: ok, readToken: 403 });
const EXPORT = (ok: Expected) => who({ factChecker: ok, editor: ok, exporter: ok, admin: ok, readToken: 403 });

const BIG_INT = 2 ** 31; // one past PostgreSQL's int4
const HUGE = Number.MAX_SAFE_INTEGER + 2;
const selectorCases = (path = "selector"): MalformedCase[] => [
  { name: "negative start", field: `${path}.start`, body: { selector: { start: -1, end: 5 } } },
  { name: "overflowing start", field: `${path}.start`, body: { selector: { start: HUGE, end: HUGE + 2 } } },
  { name: "int4 overflow end", field: `${path}.end`, body: { selector: { start: 0, end: BIG_INT } } },
  { name: "fractional offset", field: `${path}.start`, body: { selector: { start: 1.5, end: 5 } } },
  { name: "end before start", field: `${path}.end`, body: { selector: { start: 10, end: 5 } } },
  { name: "offsets past the text", field: `${path}.start`, body: { selector: { start: 100_000, end: 100_005 } } },
  { name: "end past the text", field: `${path}.end`, body: { selector: { start: 0, end: 100_005 } } },
  { name: "start without end", field: `${path}.end`, body: { selector: { start: 3 } } },
];
const versionCases = (base: Record<string, unknown>): MalformedCase[] => [
  { name: "version 0", field: "version", body: { ...base, version: 0 } },
  { name: "negative version", field: "version", body: { ...base, version: -3 } },
  { name: "string version", field: "version", body: { ...base, version: "1" } },
  { name: "fractional version", field: "version", body: { ...base, version: 1.5 } },
  { name: "int4 overflow version", field: "version", body: { ...base, version: BIG_INT } },
];
const queryVersionCases: MalformedCase[] = [
  { name: "negative version", field: "version", query: { version: "-1" } },
  { name: "int4 overflow version", field: "version", query: { version: "9999999999" } },
  { name: "text version", field: "version", query: { version: "abc" } },
];

/**
 * The authorization and input table of every /api/v1 route, keyed by `METHOD pattern`. The
 * spec fails for a discovered route without a rule here, so adding a route means deciding
 * who may call it. Policy source: PRODUCT.md's roles table and lib/auth/policy.ts.
 */
export const RULES: Record<string, RouteRule> = {
  "GET /api/v1/articles": {
    expect: READ_ALL(200),
    prepare: async () => ({ params: {}, query: { page: "1", pageSize: "5" } }),
    malformed: (): MalformedCase[] => [
      { name: "negative page", field: "page", query: { page: "-1" } },
      { name: "overflowing page", field: "page", query: { page: "99999999999999999999" } },
      { name: "page size 0", field: "pageSize", query: { pageSize: "0" } },
      { name: "unknown status", field: "status", query: { status: "PUBLISHED" } },
      { name: "NUL in q", field: "q", query: { q: "a\u0000b" } },
    ],
  },
  "POST /api/v1/articles": {
    expect: CHECKER_WRITE(201),
    prepare: async () => ({ params: {}, body: { title: `Hostile ${randomUUID().slice(0, 8)}`, text: "A short article. It has 2 sentences." } }),
    required: ["title", "text"],
    malformed: (v): MalformedCase[] => [
      { name: "javascript: source URL", field: "sourceUrl", body: { ...(v.body as object), sourceUrl: "javascript:alert(1)" } },
      { name: "impossible date", field: "publishedAt", body: { ...(v.body as object), publishedAt: "2025-02-30T99:00" } },
      { name: "bad language", field: "language", body: { ...(v.body as object), language: "english!" } },
    ],
  },
  "POST /api/v1/articles/preview": {
    expect: CHECKER_WRITE(200),
    prepare: async () => ({ params: {}, body: { kind: "text", content: "Hello. The ISS cost $100 billion." } }),
    required: ["kind", "content"],
    malformed: (): MalformedCase[] => [{ name: "unknown kind", field: "kind", body: { kind: "pdf", content: "x" } }],
  },
  "POST /api/v1/articles/import-url": {
    // the URL is refused (private address) or fetched: either way no 401/403 for importers
    expect: CHECKER_WRITE([200, 400, 422]),
    prepare: async () => ({ params: {}, body: { url: "http://127.0.0.1:9/nothing" } }),
    required: ["url"],
    malformed: (): MalformedCase[] => [
      { name: "javascript: URL", field: "url", body: { url: "javascript:alert(1)" } },
      { name: "data: URL", field: "url", body: { url: "data:text/html,<script>alert(1)</script>" } },
    ],
  },
  "GET /api/v1/articles/[id]": {
    expect: READ_ALL(200),
    prepare: async ({ shared }) => ({ params: { id: shared.approved.articleId } }),
  },
  "PATCH /api/v1/articles/[id]": {
    expect: CHECKER_WRITE(200),
    prepare: async ({ fx }) => {
      const a = await fx.article();
      return { params: { id: a.id }, body: { version: a.version, title: "Renamed" } };
    },
    required: ["version"],
    malformed: (v): MalformedCase[] => [
      ...versionCases(v.body as Record<string, unknown>),
      { name: "empty title", field: "title", body: { ...(v.body as object), title: "  " } },
      { name: "data: source URL", field: "sourceUrl", body: { ...(v.body as object), sourceUrl: "data:text/html,x" } },
    ],
  },
  "GET /api/v1/articles/[id]/claims": {
    expect: READ_ALL(200),
    prepare: async ({ shared }) => ({ params: { id: shared.approved.articleId } }),
    malformed: (): MalformedCase[] => [{ name: "unknown status", field: "status", query: { status: "PUBLISHED" } }],
  },
  "POST /api/v1/articles/[id]/claims": {
    expect: CHECKER_WRITE(201),
    prepare: async ({ fx }) => ({ params: { id: (await fx.article()).id }, body: { selector: { start: 4, end: 16 }, statement: "The ISS cost $100 billion", kind: "NUMBER_STATISTIC" } }),
    required: ["selector"],
    malformed: (): MalformedCase[] => [
      ...selectorCases(),
      { name: "unknown kind", field: "kind", body: { selector: { start: 0, end: 3 }, kind: "RUMOUR" } },
      { name: "quote not in text", field: "selector.exact", body: { selector: { exact: "not in the article at all" } } },
      { name: "unknown assignee", field: "assigneeId", body: { selector: { start: 0, end: 3 }, assigneeId: "nobody" } },
    ],
  },
  "GET /api/v1/articles/[id]/export": {
    expect: EXPORT(200),
    prepare: async ({ shared }) => ({ params: { id: shared.approved.articleId }, query: { format: "json" } }),
    malformed: (): MalformedCase[] => [
      { name: "unknown format", field: "format", query: { format: "pdf" } },
      { name: "unknown status", field: "status", query: { status: "everything" } },
    ],
  },
  "GET /api/v1/articles/[id]/revisions": {
    expect: READ_ALL(200),
    prepare: async ({ shared }) => ({ params: { id: shared.approved.articleId } }),
  },
  "POST /api/v1/articles/[id]/revisions": {
    expect: CHECKER_WRITE(201),
    prepare: async ({ fx }) => ({ params: { id: (await fx.article()).id }, body: { text: "A corrected article. The ISS cost $150 billion.", note: "correction" } }),
    malformed: (): MalformedCase[] => [
      { name: "empty text", field: "text", body: { text: "" } },
      { name: "numeric text", field: "text", body: { text: 42 } },
    ],
  },
  "GET /api/v1/articles/[id]/revisions/[number]": {
    expect: READ_ALL(200),
    prepare: async ({ shared }) => ({ params: { id: shared.approved.articleId, number: "1" } }),
  },
  "GET /api/v1/articles/[id]/suggestions": {
    expect: CHECKER_READ(200),
    prepare: async ({ shared }) => ({ params: { id: shared.approved.articleId } }),
  },
  "POST /api/v1/articles/[id]/suggestions/[key]/accept": {
    expect: CHECKER_WRITE(201),
    prepare: async ({ fx }) => {
      const a = await fx.article();
      return { params: { id: a.id, key: await fx.suggestionKey(a.id) } };
    },
  },
  "POST /api/v1/articles/[id]/suggestions/[key]/dismiss": {
    expect: CHECKER_WRITE(200),
    prepare: async ({ fx, shared }) => ({ params: { id: shared.approved.articleId, key: await fx.suggestionKey(shared.approved.articleId) } }),
  },
  "DELETE /api/v1/articles/[id]/suggestions/[key]/dismiss": {
    expect: CHECKER_WRITE(200),
    prepare: async ({ fx, shared }) => ({ params: { id: shared.approved.articleId, key: await fx.suggestionKey(shared.approved.articleId) } }),
  },
  "GET /api/v1/audit": {
    expect: ADMIN_READ(200),
    prepare: async () => ({ params: {}, query: { limit: "5" } }),
    malformed: (): MalformedCase[] => [
      { name: "negative limit", field: "limit", query: { limit: "-1" } },
      { name: "overflowing limit", field: "limit", query: { limit: "1e400" } },
      { name: "bad cursor", field: "cursor", query: { cursor: "'; DROP TABLE" } },
      { name: "impossible date", field: "from", query: { from: "2025-13-45" } },
    ],
  },
  "GET /api/v1/claims/[id]": {
    expect: READ_ALL(200),
    prepare: async ({ shared }) => ({ params: { id: shared.approved.id } }),
  },
  "PATCH /api/v1/claims/[id]": {
    expect: CHECKER_WRITE(200),
    prepare: async ({ fx }) => {
      const c = await fx.claim();
      return { params: { id: c.id }, body: { version: c.version, statement: "Edited", verdict: { rating: "mostly-true", summary: "Close" } } };
    },
    required: ["version"],
    malformed: (v): MalformedCase[] => [
      ...versionCases(v.body as Record<string, unknown>),
      { name: "unknown kind", field: "kind", body: { version: 1, kind: "RUMOUR" } },
      { name: "unknown rating", field: "verdict.rating", body: { version: 1, verdict: { rating: "pants-on-fire" } } },
      { name: "script in explanation link", field: "verdict.explanation.content.0.content.0.marks.0.attrs.href", body: { version: 1, verdict: { explanation: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] }] }] } } } },
    ],
  },
  "DELETE /api/v1/claims/[id]": {
    expect: CHECKER_WRITE(200),
    prepare: async ({ fx }) => {
      const c = await fx.claim();
      return { params: { id: c.id }, query: { version: String(c.version) } };
    },
    malformed: () => queryVersionCases,
  },
  "POST /api/v1/claims/[id]/approve": {
    expect: EDITOR_WRITE(200),
    prepare: async ({ fx }) => {
      const c = await fx.submittedClaim();
      return { params: { id: c.id }, body: { version: c.version, note: "Checked" } };
    },
    required: ["version"],
    malformed: (v) => versionCases(v.body as Record<string, unknown>),
  },
  "POST /api/v1/claims/[id]/request-changes": {
    expect: EDITOR_WRITE(200),
    prepare: async ({ fx }) => {
      const c = await fx.submittedClaim();
      return { params: { id: c.id }, body: { version: c.version, note: "Add a second source" } };
    },
    required: ["note"],
    malformed: (): MalformedCase[] => [{ name: "blank note", field: "note", body: { note: "   " } }],
  },
  "POST /api/v1/claims/[id]/reopen": {
    expect: EDITOR_WRITE(200),
    prepare: async ({ fx }) => {
      const c = await fx.approvedClaim();
      return { params: { id: c.id }, body: { version: c.version, note: "New evidence" } };
    },
    malformed: (v) => versionCases(v.body as Record<string, unknown>),
  },
  "POST /api/v1/claims/[id]/propose-change": {
    expect: CHECKER_WRITE(200),
    prepare: async ({ fx }) => {
      const c = await fx.approvedClaim();
      return { params: { id: c.id }, body: { version: c.version, note: "Figure revised" } };
    },
    malformed: (v) => versionCases(v.body as Record<string, unknown>),
  },
  "POST /api/v1/claims/[id]/submit": {
    expect: CHECKER_WRITE(200),
    prepare: async ({ fx }) => {
      const c = await fx.readyClaim();
      return { params: { id: c.id }, body: { version: c.version } };
    },
    malformed: (v) => versionCases(v.body as Record<string, unknown>),
  },
  "POST /api/v1/claims/[id]/reattach": {
    expect: CHECKER_WRITE(200),
    prepare: async ({ fx }) => ({ params: { id: (await fx.orphanedClaim()).id }, body: { selector: { start: 0, end: 8 } } }),
    required: ["selector"],
    malformed: () => selectorCases(),
  },
  "GET /api/v1/claims/[id]/comments": {
    expect: CHECKER_READ(200),
    prepare: async ({ shared }) => ({ params: { id: shared.approved.id } }),
  },
  "POST /api/v1/claims/[id]/comments": {
    expect: CHECKER_WRITE(201),
    prepare: async ({ shared }) => ({ params: { id: shared.approved.id }, body: { body: "Looks right." } }),
    required: ["body"],
    malformed: (): MalformedCase[] => [{ name: "blank body", field: "body", body: { body: " \n " } }],
  },
  "GET /api/v1/claims/[id]/history": {
    expect: CHECKER_READ(200),
    prepare: async ({ shared }) => ({ params: { id: shared.approved.id } }),
  },
  "POST /api/v1/claims/[id]/sources": {
    expect: CHECKER_WRITE(201),
    prepare: async ({ fx }) => ({ params: { id: (await fx.claim()).id }, body: { url: "https://example.org/report", title: "Report", kind: "DATASET", accessedAt: "2025-08-01" } }),
    required: ["url"],
    malformed: (): MalformedCase[] => [
      { name: "javascript: URL", field: "url", body: { url: "javascript:alert(1)" } },
      { name: "data: archive URL", field: "archiveUrl", body: { url: "https://example.org", archiveUrl: "data:text/html,x" } },
      { name: "impossible date", field: "accessedAt", body: { url: "https://example.org", accessedAt: "2025-02-30" } },
      { name: "unknown kind", field: "kind", body: { url: "https://example.org", kind: "RUMOUR" } },
    ],
  },
  "POST /api/v1/claims/[id]/sources/reorder": {
    expect: CHECKER_WRITE(200),
    prepare: async ({ fx }) => {
      const c = await fx.claim();
      const a = await fx.source(c.id);
      const b = await fx.source(c.id, { url: "https://example.org/b" });
      return { params: { id: c.id }, body: { sourceIds: [b.id, a.id] } };
    },
    required: ["sourceIds"],
    malformed: (): MalformedCase[] => [
      // not the claim's current list: a conflict (reload and retry), not a field error
      { name: "ids of another claim", field: "", status: [409], body: { sourceIds: ["nope"] } },
      { name: "duplicate ids", field: "", status: [400, 409], body: { sourceIds: ["a", "a"] } },
    ],
  },
  "PATCH /api/v1/sources/[id]": {
    expect: CHECKER_WRITE(200),
    prepare: async ({ fx }) => {
      const s = await fx.source((await fx.claim()).id);
      return { params: { id: s.id }, body: { version: s.version, title: "Renamed source" } };
    },
    required: ["version"],
    malformed: (v): MalformedCase[] => [
      ...versionCases(v.body as Record<string, unknown>),
      { name: "javascript: URL", field: "url", body: { version: 1, url: "javascript:alert(1)" } },
    ],
  },
  "DELETE /api/v1/sources/[id]": {
    expect: CHECKER_WRITE(200),
    prepare: async ({ fx }) => {
      const s = await fx.source((await fx.claim()).id);
      return { params: { id: s.id }, query: { version: String(s.version) } };
    },
    malformed: () => queryVersionCases,
  },
  "GET /api/v1/export": {
    expect: EXPORT(200),
    prepare: async () => ({ params: {}, query: { format: "ndjson", since: "2999-01-01" } }),
    malformed: (): MalformedCase[] => [
      { name: "unknown format", field: "format", query: { format: "xml" } },
      { name: "garbage since", field: "since", query: { since: "yesterday" } },
      { name: "impossible since", field: "since", query: { since: "2025-13-45" } },
    ],
  },
  "GET /api/v1/rating-scale": { expect: READ_ALL(200), prepare: async () => ({ params: {} }) },
  "GET /api/v1/review-queue": {
    expect: who({ factChecker: 403, editor: 200, exporter: 403, admin: 200, readToken: 200 }),
    prepare: async () => ({ params: {} }),
  },
  "GET /api/v1/settings": { expect: ADMIN_READ(200), prepare: async () => ({ params: {} }) },
  "PUT /api/v1/settings": {
    expect: ADMIN_WRITE(200),
    // an empty change: permitted and harmless to tests running in parallel
    prepare: async () => ({ params: {}, body: {} }),
    malformed: (): MalformedCase[] => [
      { name: "minSources 0", field: "minSources", body: { minSources: 0 } },
      { name: "minSources overflow", field: "minSources", body: { minSources: HUGE } },
      { name: "javascript: newsroom URL", field: "newsroomUrl", body: { newsroomUrl: "javascript:alert(1)" } },
      { name: "string boolean", field: "allowSelfApproval", body: { allowSelfApproval: "yes" } },
    ],
  },
  "GET /api/v1/tokens": {
    expect: who({ factChecker: 200, editor: 200, exporter: 200, admin: 200, readToken: 403 }),
    prepare: async () => ({ params: {} }),
  },
  "POST /api/v1/tokens": {
    expect: who({ factChecker: 201, editor: 201, exporter: 201, admin: 201, readToken: 403 }),
    prepare: async () => ({ params: {}, body: { name: "script", scopes: ["read"] } }),
    required: ["name", "scopes"],
    malformed: (): MalformedCase[] => [
      { name: "unknown scope", field: "scopes.0", body: { name: "x", scopes: ["root"] } },
      { name: "no scopes", field: "scopes", body: { name: "x", scopes: [] } },
      { name: "expiry in the past", field: "expiresAt", body: { name: "x", scopes: ["read"], expiresAt: "2001-01-01" } },
      { name: "garbage expiry", field: "expiresAt", body: { name: "x", scopes: ["read"], expiresAt: "soon" } },
    ],
  },
  "DELETE /api/v1/tokens/[id]": {
    expect: who({ factChecker: 200, editor: 200, exporter: 200, admin: 200, readToken: 403 }),
    // each permitted principal revokes a token of its own
    prepare: async ({ self, principal, fx }) => {
      const owner = principal === "readToken" || principal === "anonymous" || principal === "revokedToken" ? fx.owner : self;
      return { params: { id: (await createToken(owner, ["read"], "to revoke")).id } };
    },
  },
  "GET /api/v1/users": { expect: ADMIN_READ(200), prepare: async () => ({ params: {} }) },
  "POST /api/v1/users": {
    expect: ADMIN_WRITE(201),
    prepare: async () => ({ params: {}, body: { email: `invite-${randomUUID().slice(0, 12)}@malformed.hostile.test`, name: "Invited", role: "FACT_CHECKER" } }),
    required: ["email", "name", "role"],
    malformed: (): MalformedCase[] => [
      { name: "unknown role", field: "role", body: { email: "x@malformed.hostile.test", name: "X", role: "SUPERUSER" } },
      { name: "bad email", field: "email", body: { email: "not an email", name: "X", role: "EDITOR" } },
    ],
  },
  "PATCH /api/v1/users/[id]": {
    expect: ADMIN_WRITE(200),
    prepare: async ({ shared }) => ({ params: { id: shared.spareUserId }, body: { name: `Renamed ${randomUUID().slice(0, 4)}` } }),
    malformed: (): MalformedCase[] => [
      { name: "unknown role", field: "role", body: { role: "SUPERUSER" } },
      { name: "string boolean", field: "disabled", body: { disabled: "false" } },
    ],
  },
  "PUT /api/v1/rating-scale": {
    // the current scale sent back unchanged (409 only if a parallel test changed it meanwhile)
    expect: ADMIN_WRITE([200, 409]),
    prepare: async ({ fx }) => ({ params: {}, body: { entries: await currentScale(fx.reviewer) } }),
    required: ["entries"],
    malformed: (v): MalformedCase[] => {
      const entries = (v.body as { entries: Record<string, unknown>[] }).entries;
      return [
        { name: "empty scale", field: "entries", body: { entries: [] } },
        { name: "duplicate key", field: "entries.1.key", body: { entries: [entries[0], entries[0]] } },
        { name: "bad colour", field: "entries.0.colour", body: { entries: [{ ...entries[0], colour: "red;background:url(javascript:alert(1))" }] } },
        { name: "overflowing value", field: "entries.0.value", body: { entries: [{ ...entries[0], value: HUGE }] } },
      ];
    },
  },
  "GET /api/v1/openapi.json": {
    // public: describes the API, holds no data (see the route's comment)
    expect: { anonymous: 200, factChecker: 200, editor: 200, exporter: 200, admin: 200, readToken: 200, revokedToken: 200 },
    prepare: async () => ({ params: {} }),
  },
  "GET /api/v1/schemas/annotated-article-1.json": {
    // public: a format description, no data (see the route's comment)
    expect: { anonymous: 200, factChecker: 200, editor: 200, exporter: 200, admin: 200, readToken: 200, revokedToken: 200 },
    prepare: async () => ({ params: {} }),
  },
};

/** The rating scale as PUT takes it, read through `ctx`. */
export async function currentScale(ctx: APIRequestContext): Promise<Record<string, unknown>[]> {
  const { entries } = (await (await ctx.get("/api/v1/rating-scale")).json()) as { entries: Record<string, unknown>[] };
  return entries.map(({ key, label, description, value, colour, retired }) => ({ key, label, description, value, colour, retired }));
}
