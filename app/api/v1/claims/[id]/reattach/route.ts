import { apiHandler } from "@/lib/http/api-handler";
import { reattachClaim } from "@/lib/revision/reattach-claim";

// POST /api/v1/claims/{id}/reattach { selector: { start, end } | { exact, prefix?, suffix? }, version? }
// → ClaimDto anchored on the current revision with outcome REATTACHED (orphaned or fuzzy claims only)
export const POST = apiHandler<{ id: string }>(async ({ actor, params, json }) => reattachClaim({ actor, claimId: params.id, input: await json() }));
