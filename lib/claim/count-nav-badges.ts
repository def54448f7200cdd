import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";

/** Counts shown in the navigation: claims waiting for review, and claims sent back to the actor. */
export async function countNavBadges(actor: Actor): Promise<{ inReview: number | null; sentBack: number | null }> {
  const [inReview, sentBack] = await Promise.all([
    can(actor, "reviewQueue.read") ? db.claim.count({ where: { status: "IN_REVIEW" } }) : Promise.resolve(null),
    can(actor, "claim.update")
      ? db.claim.count({
          where: { status: "CHANGES_REQUESTED", OR: [{ assigneeId: actor.id }, { assigneeId: null, createdById: actor.id }] },
        })
      : Promise.resolve(null),
  ]);
  return { inReview, sentBack };
}
