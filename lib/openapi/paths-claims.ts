import { arr, int, nullable, obj, op, ref, str, type PathItem } from "./openapi-helpers";

const tag = "Claims";
const id = ["id"];
const version = { name: "version", schema: int(), required: true, description: "the version the deletion is based on" };
const transition = (summary: string, body: Record<string, Record<string, unknown>>, required: string[] = [], extra: number[] = []) =>
  op({ tag: "Review", summary, path: id, body: obj(body, required), ok: { schema: ref("Transition") }, errors: [403, 404, 409, ...extra] });

/** Claims, their sources and comments, and the review transitions. */
export const claimPaths: Record<string, PathItem> = {
  "/claims/{id}": {
    get: op({ tag, summary: "A claim with verdict, sources and last review", path: id, ok: { schema: ref("Claim") }, errors: [403, 404] }),
    patch: op({
      tag, summary: "Edit a claim and its verdict (optimistic concurrency on version)", path: id,
      body: obj(
        {
          version: int(), statement: str(), claimant: str(), kind: str(), assigneeId: nullable(str()),
          verdict: obj({ rating: nullable(str("rating scale key")), summary: str(), explanation: nullable(ref("Explanation")) }),
        },
        ["version"],
      ),
      ok: { schema: ref("Claim") },
      errors: [403, 404, 409],
    }),
    delete: op({
      tag, summary: "Delete a claim", path: id, query: [version],
      ok: { schema: obj({ id: str(), deleted: { type: "boolean" } }) },
      errors: [400, 403, 404, 409],
    }),
  },
  "/claims/{id}/sources": {
    post: op({ tag, summary: "Add a source to a claim", path: id, body: ref("SourceInput"), ok: { status: 201, schema: ref("Claim") }, errors: [403, 404, 409] }),
  },
  "/claims/{id}/sources/reorder": {
    post: op({
      tag, summary: "Reorder a claim's sources", path: id,
      body: obj({ sourceIds: arr(str()) }, ["sourceIds"]),
      ok: { schema: ref("Claim") },
      errors: [403, 404, 409],
    }),
  },
  "/sources/{id}": {
    patch: op({
      tag, summary: "Edit a source", path: id,
      body: { allOf: [ref("SourceInput"), obj({ version: int() }, ["version"])] },
      ok: { schema: ref("Claim") },
      errors: [403, 404, 409],
    }),
    delete: op({ tag, summary: "Remove a source", path: id, query: [version], ok: { schema: ref("Claim") }, errors: [400, 403, 404, 409] }),
  },
  "/claims/{id}/comments": {
    get: op({ tag, summary: "A claim's comments, oldest first", path: id, ok: { schema: obj({ comments: arr(ref("Comment")) }, ["comments"]) }, errors: [403, 404] }),
    post: op({ tag, summary: "Comment on a claim", path: id, body: obj({ body: str() }, ["body"]), ok: { status: 201, schema: ref("Comment") }, errors: [403, 404] }),
  },
  "/claims/{id}/history": {
    get: op({
      tag, summary: "A claim's audit history, oldest first", path: id,
      ok: { schema: obj({ claim: { type: "object" }, events: arr(ref("AuditEvent")) }, ["events"]) },
      errors: [403, 404],
    }),
  },
  "/claims/{id}/reattach": {
    post: op({
      tag, summary: "Re-attach an orphaned or fuzzy claim to text of the current revision", path: id,
      body: obj({ selector: ref("SelectorInput"), version: int() }, ["selector"]),
      ok: { schema: ref("Claim") },
      errors: [403, 404, 409, 422],
    }),
  },
  "/claims/{id}/submit": { post: transition("Submit a claim for review", { version: int() }, [], [422]) },
  "/claims/{id}/approve": { post: transition("Approve a claim (editor)", { version: int(), note: str() }, ["version"], [422]) },
  "/claims/{id}/request-changes": { post: transition("Send a claim back with a note (editor)", { note: str(), version: int() }, ["note"]) },
  "/claims/{id}/reopen": { post: transition("Reopen an approved claim (editor)", { note: str(), version: int() }) },
  "/claims/{id}/propose-change": { post: transition("Propose a change to an approved claim", { note: str(), version: int() }) },
};
