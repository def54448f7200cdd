import { db, type Tx } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { AppError, notFound } from "@/lib/errors/app-error";
import type { ClaimStatus } from "@/lib/generated/prisma/enums";
import { Prisma } from "@/lib/generated/prisma/client";
import { assertTransition, statusLabel, TRANSITIONS, type TransitionName } from "@/lib/review/claim-state-machine";
import { loadClaimForReview, toClaimSnapshot, type ClaimSnapshot } from "@/lib/review/claim-snapshot";

type LoadedClaim = NonNullable<Awaited<ReturnType<typeof loadClaimForReview>>>;

export type TransitionResult = { id: string; status: ClaimStatus; version: number; reviewId: string | null };

export type TransitionOptions = {
  actor: Actor;
  claimId: string;
  name: TransitionName;
  /** the claim version the actor saw; a different current version is a 409 */
  expectedVersion?: number;
  note?: string;
  /** extra checks inside the transaction (requirements, self-approval); throw to refuse */
  check?: (claim: LoadedClaim, snapshot: ClaimSnapshot, tx: Tx) => Promise<void> | void;
  /** extra column updates for the claim row */
  data?: (snapshot: ClaimSnapshot, now: Date) => Prisma.ClaimUpdateManyMutationInput;
};

/**
 * Applies one workflow transition in one transaction: policy, state check, the caller's
 * checks, a conditional update (`where status and version are still what we read`, so of
 * concurrent requests exactly one wins and the others get 409), the Review for an editor's
 * decision, and the audit event. Nothing changes when anything is refused.
 */
export async function transitionClaim(opts: TransitionOptions): Promise<TransitionResult> {
  const t = TRANSITIONS[opts.name];
  assertCan(opts.actor, t.action);
  return db.$transaction(async (tx) => {
    const claim = await loadClaimForReview(tx, opts.claimId);
    if (!claim) throw notFound("Claim");
    assertTransition(claim.status, opts.name);
    if (opts.expectedVersion !== undefined && opts.expectedVersion !== claim.version) {
      throw new AppError("CONFLICT", `The claim changed since you opened it (you saw version ${opts.expectedVersion}, it is now ${claim.version}). Reload and review it again.`, {
        details: { currentVersion: claim.version, currentStatus: claim.status },
      });
    }
    const snapshot = toClaimSnapshot(claim);
    await opts.check?.(claim, snapshot, tx);
    const now = new Date();
    const updated = await tx.claim.updateMany({
      where: { id: claim.id, status: claim.status, version: claim.version },
      data: { status: t.to, version: { increment: 1 }, ...(opts.data?.(snapshot, now) ?? {}) },
    });
    if (updated.count !== 1) {
      throw new AppError("CONFLICT", `Someone else changed this claim at the same time; it is no longer ${statusLabel(claim.status)} at version ${claim.version}. Reload.`, {
        details: { currentStatus: claim.status },
      });
    }
    const review = t.decision
      ? await tx.review.create({
          data: {
            claimId: claim.id,
            reviewerId: opts.actor.id,
            decision: t.decision,
            note: opts.note ?? "",
            claimVersion: claim.version,
            snapshot: snapshot as unknown as Prisma.InputJsonValue,
          },
        })
      : null;
    await recordAuditEvent(tx, {
      actor: opts.actor,
      action: `claim.${opts.name}`,
      entityType: "claim",
      entityId: claim.id,
      claimId: claim.id,
      articleId: claim.articleId,
      before: { status: claim.status, version: claim.version },
      after: { status: t.to, version: claim.version + 1, ...(opts.note ? { note: opts.note } : {}), ...(review ? { reviewId: review.id } : {}) },
    });
    return { id: claim.id, status: t.to, version: claim.version + 1, reviewId: review?.id ?? null };
  });
}
