import { apiHandler } from "@/lib/http/api-handler";
import { createSource } from "@/lib/source/create-source";

// POST /api/v1/claims/{id}/sources { url, title?, publisher?, quote?, accessedAt?, kind?, archiveUrl? } → 201 ClaimDto
export const POST = apiHandler<{ id: string }>(
  async ({ actor, params, json }) => createSource({ actor, claimId: params.id, input: await json() }),
  { status: 201 },
);
