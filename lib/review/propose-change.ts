import type { Actor } from "@/lib/auth/actor";
import { transitionClaim, type TransitionResult } from "@/lib/review/transition-claim";

/**
 * A fact-checker proposes a change to an approved claim: it returns to review and becomes
 * editable; the approved version stays on record until an editor approves again.
 */
export async function proposeChange(opts: { actor: Actor; claimId: string; note?: string; version?: number }): Promise<TransitionResult> {
  return transitionClaim({ actor: opts.actor, claimId: opts.claimId, name: "proposeChange", expectedVersion: opts.version, note: opts.note, data: (_s, now) => ({ submittedAt: now }) });
}
