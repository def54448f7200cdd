import { apiHandler } from "@/lib/http/api-handler";
import { parseInput } from "@/lib/errors/zod-to-app-error";
import { assertCan } from "@/lib/auth/policy";
import { TRANSITIONS } from "@/lib/review/claim-state-machine";
import { requestChangesSchema } from "@/lib/review/review.types";
import { requestChanges } from "@/lib/review/request-changes";

// POST /api/v1/claims/{id}/request-changes { note, version? } → { id, status, version, reviewId }
export const POST = apiHandler<{ id: string }>(async ({ actor, params, json }) => {
  // refuse before validating, so a caller without the right gets 403 whatever the body
  assertCan(actor, TRANSITIONS.requestChanges.action);
  const body = parseInput(requestChangesSchema, await json());
  return requestChanges({ actor, claimId: params.id, note: body.note, version: body.version });
});
