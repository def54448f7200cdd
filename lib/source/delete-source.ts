import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { AppError, notFound } from "@/lib/errors/app-error";
import { toSourceDto } from "@/lib/source/source-dto";
import { recordSourceEvent } from "@/lib/source/source-audit";
import { bumpClaimVersion } from "@/lib/claim/bump-claim-version";
import { claimDtoInclude, toClaimDto } from "@/lib/claim/claim-dto";
import type { ClaimDto } from "@/lib/claim/claim.types";

/**
 * Removes a source (when `version` is given it must be the source's current one). Refused on
 * approved claims; bumps the claim version. Returns the updated claim.
 */
export async function deleteSource(opts: { actor: Actor; sourceId: string; version?: number }): Promise<ClaimDto> {
  const { actor, sourceId, version: expected } = opts;
  assertCan(actor, "source.write");
  return db.$transaction(async (tx) => {
    const existing = await tx.source.findUnique({ where: { id: sourceId }, include: { createdBy: { select: { id: true, name: true } } } });
    if (!existing) throw notFound("Source");
    const { articleId, version } = await bumpClaimVersion(tx, { claimId: existing.claimId });
    if (expected !== undefined && expected !== existing.version) {
      throw new AppError("CONFLICT", "The source was changed by someone else", { details: { currentVersion: existing.version, source: toSourceDto(existing) } });
    }
    await tx.source.delete({ where: { id: sourceId } });
    await recordSourceEvent(tx, { actor, action: "source.delete", sourceId, claimId: existing.claimId, articleId, claimVersion: version, before: toSourceDto(existing) });
    return toClaimDto(await tx.claim.findUniqueOrThrow({ where: { id: existing.claimId }, include: claimDtoInclude }));
  });
}
