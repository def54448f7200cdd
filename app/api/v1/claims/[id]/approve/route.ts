import { apiHandler } from "@/lib/http/api-handler";
import { parseInput } from "@/lib/errors/zod-to-app-error";
import { approveClaimSchema } from "@/lib/review/review.types";
import { approveClaim } from "@/lib/review/approve-claim";

// POST /api/v1/claims/{id}/approve { version, note? } → { id, status, version, reviewId }
export const POST = apiHandler<{ id: string }>(async ({ actor, params, json }) => {
  const body = parseInput(approveClaimSchema, await json());
  return approveClaim({ actor, claimId: params.id, version: body.version, note: body.note });
});
