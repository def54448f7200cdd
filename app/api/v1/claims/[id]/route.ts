import { apiHandler } from "@/lib/http/api-handler";
import { getClaim } from "@/lib/claim/get-claim";
import { updateClaim } from "@/lib/claim/update-claim";
import { deleteClaim } from "@/lib/claim/delete-claim";
import { parseVersionQuery } from "@/lib/claim/parse-version-query";

// GET /api/v1/claims/{id} → ClaimDto
export const GET = apiHandler<{ id: string }>(async ({ actor, params }) => getClaim({ actor, claimId: params.id }));

// PATCH /api/v1/claims/{id} { version, statement?, claimant?, kind?, assigneeId?, verdict?: { rating?, summary?, explanation? } }
// → ClaimDto; 409 { currentVersion, claim, changedFields } when stale; 409 when approved (locked)
export const PATCH = apiHandler<{ id: string }>(async ({ actor, params, json }) =>
  updateClaim({ actor, claimId: params.id, input: await json() }),
);

// DELETE /api/v1/claims/{id}?version=N → { id, deleted: true }
export const DELETE = apiHandler<{ id: string }>(async ({ actor, params, query }) =>
  deleteClaim({ actor, claimId: params.id, version: parseVersionQuery(query) }),
);
