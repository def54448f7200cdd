import { apiHandler } from "@/lib/http/api-handler";
import { parseInput } from "@/lib/errors/zod-to-app-error";
import { assertCan } from "@/lib/auth/policy";
import { TRANSITIONS } from "@/lib/review/claim-state-machine";
import { approveClaimSchema } from "@/lib/review/review.types";
import { approveClaim } from "@/lib/review/approve-claim";

// POST /api/v1/claims/{id}/approve { version, note? } → { id, status, version, reviewId }
export const POST = apiHandler<{ id: string }>(async ({ actor, params, json }) => {
  // refuse before validating, so a caller without the right gets 403 whatever the body
  assertCan(actor, TRANSITIONS.approve.action);
  const body = parseInput(approveClaimSchema, await json());
  return approveClaim({ actor, claimId: params.id, version: body.version, note: body.note });
});
