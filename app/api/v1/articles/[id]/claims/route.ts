import { apiHandler } from "@/lib/http/api-handler";
import { listClaims } from "@/lib/claim/list-claims";
import { createClaim } from "@/lib/claim/create-claim";

// GET /api/v1/articles/{id}/claims?status= → { claims: ClaimDto[] } in text order
export const GET = apiHandler<{ id: string }>(async ({ actor, params, query }) => ({
  claims: await listClaims({ actor, articleId: params.id, query }),
}));

// POST /api/v1/articles/{id}/claims { selector: { start, end } | { exact, prefix?, suffix? }, statement?, claimant?, kind?, assigneeId? }
// → 201 ClaimDto (offsets are Unicode code points of the current revision's text)
export const POST = apiHandler<{ id: string }>(
  async ({ actor, params, json }) => createClaim({ actor, articleId: params.id, input: await json() }),
  { status: 201 },
);
