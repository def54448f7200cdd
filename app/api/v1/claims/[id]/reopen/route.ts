import { apiHandler } from "@/lib/http/api-handler";
import { parseInput } from "@/lib/errors/zod-to-app-error";
import { reopenClaimSchema } from "@/lib/review/review.types";
import { reopenClaim } from "@/lib/review/reopen-claim";

// POST /api/v1/claims/{id}/reopen { note?, version? } → { id, status, version }
export const POST = apiHandler<{ id: string }>(async ({ actor, params, request, json }) => {
  const body = parseInput(reopenClaimSchema, request.headers.get("content-type") ? await json() : {});
  return reopenClaim({ actor, claimId: params.id, note: body.note, version: body.version });
});
