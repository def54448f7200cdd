import type { Actor } from "@/lib/auth/actor";
import { transitionClaim, type TransitionResult } from "@/lib/review/transition-claim";

/**
 * An editor reopens an approved claim: it returns to review and becomes editable again,
 * while the approved version stays in `approvedSnapshot` for the diff before re-approval.
 */
export async function reopenClaim(opts: { actor: Actor; claimId: string; note?: string; version?: number }): Promise<TransitionResult> {
  return transitionClaim({ actor: opts.actor, claimId: opts.claimId, name: "reopen", expectedVersion: opts.version, note: opts.note, data: (_s, now) => ({ submittedAt: now }) });
}
