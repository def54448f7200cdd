import { apiHandler } from "@/lib/http/api-handler";
import { parseInput } from "@/lib/errors/zod-to-app-error";
import { assertCan } from "@/lib/auth/policy";
import { TRANSITIONS } from "@/lib/review/claim-state-machine";
import { submitClaimSchema } from "@/lib/review/review.types";
import { submitClaim } from "@/lib/review/submit-claim";

// POST /api/v1/claims/{id}/submit { version? } → { id, status, version }; 422 names missing fields
export const POST = apiHandler<{ id: string }>(async ({ actor, params, request, json }) => {
  // refuse before validating, so a caller without the right gets 403 whatever the body
  assertCan(actor, TRANSITIONS.submit.action);
  const body = parseInput(submitClaimSchema, await readOptionalJson(request, json));
  return submitClaim({ actor, claimId: params.id, version: body.version });
});

async function readOptionalJson(request: Request, json: () => Promise<unknown>): Promise<unknown> {
  // an empty POST (no body) is fine for a workflow action
  return request.headers.get("content-type") ? json() : {};
}
