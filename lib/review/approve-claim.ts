import type { Actor } from "@/lib/auth/actor";
import { forbidden } from "@/lib/errors/app-error";
import { Prisma } from "@/lib/generated/prisma/client";
import { getSettings } from "@/lib/settings/get-settings";
import { transitionClaim, type TransitionResult } from "@/lib/review/transition-claim";

/**
 * An editor approves the version of the claim they reviewed (`version`; a newer one is a
 * 409). The claim is then locked and its snapshot kept as the approved version. Nobody
 * approves a claim they created or are assigned to, unless `allowSelfApproval` is on.
 */
export async function approveClaim(opts: { actor: Actor; claimId: string; version: number; note?: string }): Promise<TransitionResult> {
  return transitionClaim({
    actor: opts.actor,
    claimId: opts.claimId,
    name: "approve",
    expectedVersion: opts.version,
    note: opts.note,
    async check(claim, _snapshot, tx) {
      const isOwn = claim.createdById === opts.actor.id || claim.assigneeId === opts.actor.id;
      if (isOwn && !(await getSettings(tx)).allowSelfApproval) {
        throw forbidden("You cannot approve a claim you created or are assigned to; another editor must approve it");
      }
    },
    data: (snapshot, now) => ({
      approvedAt: now,
      approvedById: opts.actor.id,
      approvedSnapshot: snapshot as unknown as Prisma.InputJsonValue,
    }),
  });
}
