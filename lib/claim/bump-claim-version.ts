import type { Tx } from "@/lib/db";
import { AppError, conflict, notFound } from "@/lib/errors/app-error";
import { claimDtoInclude, toClaimDto } from "@/lib/claim/claim-dto";
import { findChangedFields } from "@/lib/claim/find-changed-fields";
import type { ClaimConflictDetails } from "@/lib/claim/claim.types";

export const LOCKED_MESSAGE = "approved claims are locked; reopen or propose a change";

/**
 * Claims the right to change a claim inside `tx`: atomically increments its version when it
 * exists, is not approved and (when `expectedVersion` is given) is still at that version.
 * The row stays locked until the transaction ends, so two writers never interleave.
 * Throws NOT_FOUND, CONFLICT (locked) or CONFLICT with {@link ClaimConflictDetails} (stale).
 * Returns the claim's article id and its new version.
 */
export async function bumpClaimVersion(
  tx: Tx,
  opts: { claimId: string; expectedVersion?: number },
): Promise<{ articleId: string; version: number }> {
  const { claimId, expectedVersion } = opts;
  const updated = await tx.claim.updateMany({
    where: { id: claimId, status: { not: "APPROVED" }, ...(expectedVersion !== undefined ? { version: expectedVersion } : {}) },
    data: { version: { increment: 1 } },
  });
  const claim = await tx.claim.findUnique({ where: { id: claimId }, include: claimDtoInclude });
  if (!claim) throw notFound("Claim");
  if (updated.count === 1) return { articleId: claim.articleId, version: claim.version };
  if (claim.status === "APPROVED") {
    throw conflict(LOCKED_MESSAGE, { currentVersion: claim.version, claim: toClaimDto(claim), locked: true });
  }
  const details: ClaimConflictDetails = {
    currentVersion: claim.version,
    claim: toClaimDto(claim),
    changedFields: await findChangedFields(tx, claimId, expectedVersion ?? claim.version),
  };
  throw new AppError("CONFLICT", `The claim was changed by someone else (now version ${claim.version}, you edited version ${expectedVersion})`, { details });
}
