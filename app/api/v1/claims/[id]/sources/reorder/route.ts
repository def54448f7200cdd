import { apiHandler } from "@/lib/http/api-handler";
import { reorderSources } from "@/lib/source/reorder-sources";

// POST /api/v1/claims/{id}/sources/reorder { sourceIds: [...every source id, new order] } → ClaimDto
export const POST = apiHandler<{ id: string }>(async ({ actor, params, json }) =>
  reorderSources({ actor, claimId: params.id, input: await json() }),
);
