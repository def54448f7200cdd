import { apiHandler } from "@/lib/http/api-handler";
import { listClaimHistory } from "@/lib/audit/list-claim-history";

// GET /api/v1/claims/{id}/history → { claim, events: [...] } oldest first, each with before → after changes
export const GET = apiHandler<{ id: string }>(async ({ actor, params }) => listClaimHistory({ actor, claimId: params.id }));
