import { arr, enumOf, int, nullable, obj, op, ref, str, type PathItem } from "./openapi-helpers";

const tag = "Articles";
const id = ["id"];
const metadata = {
  title: str(), sourceUrl: nullable(str("http(s) URL")), publisher: str(), byline: str(), dateline: str(),
  publishedAt: nullable(str("YYYY-MM-DD or ISO date-time")), language: str("language code, e.g. en"),
};

/** Articles, their revisions, claims and detection suggestions. */
export const articlePaths: Record<string, PathItem> = {
  "/articles": {
    get: op({
      tag, summary: "List articles (with claim counts per status)",
      query: [
        { name: "q", schema: str(), description: "search in title and publisher" },
        { name: "status", schema: str(), description: "only articles with a claim in this status" },
        { name: "page", schema: int() },
        { name: "pageSize", schema: int() },
      ],
      ok: { schema: obj({ items: arr(ref("ArticleMetadata")), total: int(), page: int(), pageSize: int() }, ["items", "total"]) },
      errors: [400, 403],
    }),
    post: op({
      tag, summary: "Save an article (revision 1)",
      body: obj({ ...metadata, text: str("canonical plain text"), sourceHtml: nullable(str()) }, ["title", "text"]),
      ok: { status: 201, schema: ref("Article") },
      errors: [403, 409],
    }),
  },
  "/articles/preview": {
    post: op({
      tag, summary: "Preview an import of pasted text, HTML or Markdown (nothing saved)",
      body: obj({ kind: enumOf(["text", "html", "markdown"]), content: str(), filename: str() }, ["kind", "content"]),
      ok: { schema: ref("ImportPreview") },
      errors: [403, 422],
    }),
  },
  "/articles/import-url": {
    post: op({
      tag, summary: "Fetch a URL and preview its article (nothing saved)",
      body: obj({ url: str("http(s) URL") }, ["url"]),
      ok: { schema: ref("ImportPreview") },
      errors: [403, 422],
    }),
  },
  "/articles/{id}": {
    get: op({ tag, summary: "An article: metadata, current revision text, claims in text order", path: id, ok: { schema: ref("Article") }, errors: [403, 404] }),
    patch: op({
      tag, summary: "Edit article metadata (text changes are new revisions)", path: id,
      body: obj({ version: int(), ...metadata }, ["version"]),
      ok: { schema: ref("ArticleMetadata") },
      errors: [403, 404, 409],
    }),
  },
  "/articles/{id}/claims": {
    get: op({
      tag: "Claims", summary: "The article's claims in text order", path: id,
      query: [{ name: "status", schema: str() }],
      ok: { schema: obj({ claims: arr(ref("Claim")) }, ["claims"]) },
      errors: [400, 403, 404],
    }),
    post: op({
      tag: "Claims", summary: "Mark a claim on the current revision", path: id,
      body: obj({ selector: ref("SelectorInput"), statement: str(), claimant: str(), kind: str(), assigneeId: nullable(str()) }, ["selector"]),
      ok: { status: 201, schema: ref("Claim") },
      errors: [403, 404],
    }),
  },
  "/articles/{id}/revisions": {
    get: op({
      tag, summary: "Revision history, newest first", path: id,
      ok: { schema: obj({ currentRevisionNo: int(), revisions: arr(ref("Revision")) }, ["revisions"]) },
      errors: [403, 404],
    }),
    post: op({
      tag, summary: "Add a corrected revision and re-anchor every claim", path: id,
      body: obj({ text: str(), html: str(), url: str(), note: str() }),
      ok: { status: 201, schema: obj({ revision: ref("Revision"), summary: { type: "object" }, claims: arr({ type: "object" }) }, ["revision"]) },
      errors: [403, 404, 409, 422],
    }),
  },
  "/articles/{id}/revisions/{number}": {
    get: op({
      tag, summary: "One revision's text and the claims as anchored on it", path: ["id", "number"],
      ok: { schema: obj({ revision: ref("Revision"), text: str(), claims: arr({ type: "object" }) }) },
      errors: [400, 403, 404],
    }),
  },
  "/articles/{id}/suggestions": {
    get: op({
      tag: "Suggestions", summary: "Detected check-worthy spans not yet marked", path: id,
      ok: { schema: obj({ suggestions: arr(ref("Suggestion")) }) },
      errors: [403, 404],
    }),
  },
  "/articles/{id}/suggestions/{key}/accept": {
    post: op({ tag: "Suggestions", summary: "Create a draft claim from a suggestion", path: ["id", "key"], ok: { status: 201, schema: ref("Claim") }, errors: [403, 404, 409] }),
  },
  "/articles/{id}/suggestions/{key}/dismiss": {
    post: op({
      tag: "Suggestions", summary: "Dismiss a suggestion for everyone", path: ["id", "key"],
      ok: { schema: obj({ articleId: str(), key: str(), isDismissed: { type: "boolean" } }) },
      errors: [403, 404],
    }),
    delete: op({
      tag: "Suggestions", summary: "Restore a dismissed suggestion", path: ["id", "key"],
      ok: { schema: obj({ articleId: str(), key: str(), isDismissed: { type: "boolean" } }) },
      errors: [403, 404],
    }),
  },
};
