import { arr, bool, enumOf, int, nullable, obj, ref, str, type JsonSchema } from "./openapi-helpers";

const CLAIM_STATUS = ["DRAFT", "IN_REVIEW", "CHANGES_REQUESTED", "APPROVED"] as const;
const CLAIM_KIND = ["NUMBER_STATISTIC", "DATE_TIME", "QUANTITY_COUNT", "QUOTE", "COMPARISON_SUPERLATIVE", "CAUSAL", "OTHER"] as const;
const SOURCE_KIND = ["PRIMARY_DOCUMENT", "OFFICIAL_STATEMENT", "DATASET", "EXPERT", "NEWS_REPORT"] as const;
const ROLES = ["FACT_CHECKER", "EDITOR", "EXPORTER", "ADMIN"] as const;
const dateTime = str(undefined, { format: "date-time" });
const person = obj({ id: str(), name: str() }, ["id", "name"]);

const selector = obj(
  { exact: str(), prefix: str(), suffix: str(), start: int("code point offset, inclusive"), end: int("code point offset, exclusive") },
  ["exact", "prefix", "suffix", "start", "end"],
);

const sourceFields = {
  url: str("http(s) URL", { format: "uri" }),
  title: str(),
  publisher: str(),
  quote: str(),
  accessedAt: str("YYYY-MM-DD", { format: "date" }),
  kind: enumOf(SOURCE_KIND),
  archiveUrl: nullable(str(undefined, { format: "uri" })),
};

/** Reusable schemas of the /api/v1 document: the error contract and the main DTOs. */
export const componentSchemas: Record<string, JsonSchema> = {
  Error: obj(
    {
      error: obj(
        {
          code: enumOf(["NOT_FOUND", "FORBIDDEN", "INVALID_INPUT", "CONFLICT", "UNAUTHENTICATED", "UNPROCESSABLE", "PAYLOAD_TOO_LARGE", "UNSUPPORTED_MEDIA_TYPE", "TOO_MANY_REQUESTS", "UNAVAILABLE", "INTERNAL"]),
          message: str(),
          fields: { type: "object", additionalProperties: { type: "string" }, description: "field path → reason" },
        },
        ["code", "message"],
      ),
    },
    ["error"],
  ),
  Person: person,
  Selector: selector,
  SelectorInput: {
    description: "code point offsets on the current revision, or a quote with optional context",
    oneOf: [obj({ start: int(), end: int() }, ["start", "end"]), obj({ exact: str(), prefix: str(), suffix: str() }, ["exact"])],
  },
  Explanation: { type: "object", description: "tiptap JSON document: paragraphs of text with bold, italic, http(s) links, hard breaks" },
  Source: obj({ id: str(), position: int(), version: int(), ...sourceFields }, ["id", "url"]),
  SourceInput: obj(sourceFields, ["url"]),
  Claim: obj(
    {
      id: str(), articleId: str(), revisionId: str(),
      status: enumOf(CLAIM_STATUS), kind: enumOf(CLAIM_KIND), selector: ref("Selector"),
      anchor: obj({ outcome: enumOf(["CREATED", "UNCHANGED", "MOVED", "FUZZY", "ORPHANED", "REATTACHED"]), score: nullable({ type: "number" }) }),
      statement: str(), claimant: str(), assignee: nullable(person), version: int(),
      verdict: nullable(obj({ rating: nullable(obj({ key: str(), label: str(), value: nullable(int()) })), summary: str(), explanation: nullable(ref("Explanation")), explanationText: str() })),
      sources: arr(ref("Source")),
      createdAt: dateTime, updatedAt: dateTime,
    },
    ["id", "articleId", "status", "selector", "version"],
  ),
  ArticleMetadata: obj(
    {
      id: str(), title: str(), sourceUrl: nullable(str()), publisher: str(), byline: str(), dateline: str(),
      publishedAt: nullable(dateTime), language: str(), version: int(), currentRevisionNo: int(), createdAt: dateTime, updatedAt: dateTime,
    },
    ["id", "title", "version"],
  ),
  Article: {
    allOf: [
      ref("ArticleMetadata"),
      obj({ revision: obj({ id: str(), number: int(), text: str(), sha256: str(), createdAt: dateTime }), claims: arr(ref("Claim")) }, ["revision", "claims"]),
    ],
  },
  ImportPreview: obj({ title: str(), text: str(), sourceUrl: nullable(str()), publisher: str(), byline: str(), publishedAt: nullable(str()), existingArticleId: nullable(str()) }, ["title", "text"]),
  Comment: obj({ id: str(), claimId: str(), author: person, body: str(), createdAt: dateTime }, ["id", "body"]),
  RatingScaleEntry: obj({ id: str(), key: str(), label: str(), description: str(), position: int(), value: nullable(int()), colour: str(), retired: bool() }, ["key", "label"]),
  Transition: obj({ id: str(), status: enumOf(CLAIM_STATUS), version: int(), reviewId: str() }, ["id", "status", "version"]),
  Revision: obj({ id: str(), number: int(), sha256: str(), note: str(), createdAt: dateTime, createdBy: person }, ["number"]),
  User: obj({ id: str(), email: str(), name: str(), role: enumOf(ROLES), disabled: bool(), createdAt: dateTime }, ["id", "email", "role"]),
  ApiToken: obj(
    { id: str(), name: str(), prefix: str(), scopes: arr(enumOf(["read", "export", "write"])), expiresAt: nullable(dateTime), lastUsedAt: nullable(dateTime), revokedAt: nullable(dateTime), createdAt: dateTime },
    ["id", "name", "prefix", "scopes"],
  ),
  Settings: obj({
    minSources: int(), allowSelfApproval: bool(), allowPrivateUrlImport: bool(),
    newsroomName: str(), newsroomUrl: str(), publicationBaseUrl: nullable(str()),
  }),
  AuditEvent: obj({ id: str(), action: str(), entityType: str(), entityId: str(), actor: nullable(person), before: {}, after: {}, at: dateTime }, ["id", "action", "at"]),
  Suggestion: obj({ key: str(), kind: str(), exact: str(), start: int(), end: int(), isDismissed: bool() }, ["key"]),
  AnnotatedArticle: { $ref: "/api/v1/schemas/annotated-article-1.json", description: "factmark.annotated-article/1" },
};

/** Both ways to authenticate: a personal API token, or the browser session cookie. */
export const securitySchemes = {
  bearerToken: { type: "http", scheme: "bearer", description: "Personal API token (Settings → API tokens), scopes read / export / write, narrowing the owner's role" },
  sessionCookie: { type: "apiKey", in: "cookie", name: "next-auth.session-token", description: "Browser session after sign-in (`__Secure-next-auth.session-token` over HTTPS)" },
};
