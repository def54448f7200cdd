import { apiHandler } from "@/lib/http/api-handler";
import { parseInput } from "@/lib/errors/zod-to-app-error";
import { assertCan } from "@/lib/auth/policy";
import { TRANSITIONS } from "@/lib/review/claim-state-machine";
import { reopenClaimSchema } from "@/lib/review/review.types";
import { proposeChange } from "@/lib/review/propose-change";

// POST /api/v1/claims/{id}/propose-change { note?, version? } → { id, status, version }
export const POST = apiHandler<{ id: string }>(async ({ actor, params, request, json }) => {
  // refuse before validating, so a caller without the right gets 403 whatever the body
  assertCan(actor, TRANSITIONS.proposeChange.action);
  const body = parseInput(reopenClaimSchema, request.headers.get("content-type") ? await json() : {});
  return proposeChange({ actor, claimId: params.id, note: body.note, version: body.version });
});
