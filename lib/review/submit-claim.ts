import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import { getSettings } from "@/lib/settings/get-settings";
import { findMissingForSubmit } from "@/lib/review/find-missing-for-submit";
import { transitionClaim, type TransitionResult } from "@/lib/review/transition-claim";

/**
 * Sends a draft (or sent-back) claim to the editors' queue. Refused with 422 naming every
 * missing field when the statement, verdict rating or summary, or enough sources (the
 * `minSources` setting) are missing; 409 when the claim is not draft or changes requested.
 */
export async function submitClaim(opts: { actor: Actor; claimId: string; version?: number }): Promise<TransitionResult> {
  return transitionClaim({
    actor: opts.actor,
    claimId: opts.claimId,
    name: "submit",
    expectedVersion: opts.version,
    async check(_claim, snapshot, tx) {
      const settings = await getSettings(tx);
      const missing = findMissingForSubmit(snapshot, settings.minSources);
      if (Object.keys(missing).length > 0) {
        throw new AppError("UNPROCESSABLE", `The claim cannot be submitted yet: missing ${Object.keys(missing).join(", ")}`, { fields: missing });
      }
    },
    data: (_snapshot, now) => ({ submittedAt: now }),
  });
}
