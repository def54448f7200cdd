import type { Actor } from "@/lib/auth/actor";
import { invalid } from "@/lib/errors/app-error";
import { transitionClaim, type TransitionResult } from "@/lib/review/transition-claim";

/**
 * An editor sends a claim in review back to its fact-checker with a note saying what to fix
 * (400 naming `note` when it is empty). The note shows on the claim and in "sent back to me".
 */
export async function requestChanges(opts: { actor: Actor; claimId: string; note: string; version?: number }): Promise<TransitionResult> {
  const note = opts.note.trim();
  if (!note) throw invalid({ note: "is required: tell the fact-checker what to change" });
  return transitionClaim({ actor: opts.actor, claimId: opts.claimId, name: "requestChanges", expectedVersion: opts.version, note });
}
