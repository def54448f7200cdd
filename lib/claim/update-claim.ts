import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { conflict, notFound } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/zod-to-app-error";
import { Prisma } from "@/lib/generated/prisma/client";
import { updateClaimInputSchema, type ClaimDto } from "@/lib/claim/claim.types";
import { claimDtoInclude, toClaimDto } from "@/lib/claim/claim-dto";
import { bumpClaimVersion, LOCKED_MESSAGE } from "@/lib/claim/bump-claim-version";
import { diffClaimUpdate } from "@/lib/claim/diff-claim-update";

/**
 * Applies a PATCH to a claim's research fields (statement, claimant, kind, assignee, verdict)
 * if it is still at `input.version`: a stale version is refused with CONFLICT carrying
 * `currentVersion`, the current `claim` and the `changedFields` since the given version;
 * an approved claim is locked. The status is left alone (review owns transitions). Every
 * real change bumps the version and writes one "claim.update" audit event in the same transaction.
 */
export async function updateClaim(opts: { actor: Actor; claimId: string; input: unknown }): Promise<ClaimDto> {
  const { actor, claimId } = opts;
  assertCan(actor, "claim.update");
  const input = parseInput(updateClaimInputSchema, opts.input);
  return db.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({ where: { id: claimId }, include: claimDtoInclude });
    if (!claim) throw notFound("Claim");
    if (claim.status === "APPROVED") throw conflict(LOCKED_MESSAGE, { currentVersion: claim.version, claim: toClaimDto(claim), locked: true });
    if (claim.version !== input.version) await bumpClaimVersion(tx, { claimId, expectedVersion: input.version }); // throws the detailed 409
    const plan = await diffClaimUpdate(tx, claim, input, Prisma.DbNull);
    if (plan.changedFields.length === 0) return toClaimDto(claim);
    const { version } = await bumpClaimVersion(tx, { claimId, expectedVersion: input.version });
    if (Object.keys(plan.claimData).length > 0) await tx.claim.update({ where: { id: claimId }, data: plan.claimData });
    if (plan.verdictData) {
      await tx.verdict.upsert({ where: { claimId }, create: { claimId, ...plan.verdictData }, update: plan.verdictData });
    }
    await recordAuditEvent(tx, {
      actor,
      action: "claim.update",
      entityType: "claim",
      entityId: claimId,
      claimId,
      articleId: claim.articleId,
      before: { ...plan.before, version: claim.version },
      after: { ...plan.after, version, changedFields: plan.changedFields },
    });
    const updated = await tx.claim.findUniqueOrThrow({ where: { id: claimId }, include: claimDtoInclude });
    return toClaimDto(updated);
  });
}
