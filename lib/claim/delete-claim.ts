import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { conflict, notFound } from "@/lib/errors/app-error";
import { claimDtoInclude, toClaimDto } from "@/lib/claim/claim-dto";
import { bumpClaimVersion, LOCKED_MESSAGE } from "@/lib/claim/bump-claim-version";

/**
 * Deletes a claim (with its verdict, sources, comments and anchors) and records the whole
 * claim as the audit event's `before`, in the same transaction. Approved claims are locked.
 * `version`, when given, must be current (so a confirmation dialog never deletes newer work).
 */
export async function deleteClaim(opts: { actor: Actor; claimId: string; version?: number }): Promise<{ id: string; deleted: true }> {
  const { actor, claimId, version } = opts;
  assertCan(actor, "claim.delete");
  return db.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({ where: { id: claimId }, include: claimDtoInclude });
    if (!claim) throw notFound("Claim");
    if (claim.status === "APPROVED") throw conflict(LOCKED_MESSAGE, { currentVersion: claim.version, claim: toClaimDto(claim), locked: true });
    // locks the row and checks the version against concurrent edits
    await bumpClaimVersion(tx, { claimId, expectedVersion: version ?? claim.version });
    await tx.claim.delete({ where: { id: claimId } });
    await recordAuditEvent(tx, {
      actor,
      action: "claim.delete",
      entityType: "claim",
      entityId: claimId,
      claimId,
      articleId: claim.articleId,
      before: toClaimDto(claim),
      after: null,
    });
    return { id: claimId, deleted: true as const };
  });
}
