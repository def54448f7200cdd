import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { AppError, notFound } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/zod-to-app-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import { updateSourceInputSchema } from "@/lib/source/source.types";
import { toSourceDto } from "@/lib/source/source-dto";
import { recordSourceEvent } from "@/lib/source/source-audit";
import { bumpClaimVersion } from "@/lib/claim/bump-claim-version";
import { claimDtoInclude, toClaimDto } from "@/lib/claim/claim-dto";
import type { ClaimDto } from "@/lib/claim/claim.types";

const withCreator = { createdBy: { select: { id: true, name: true } } } as const;

/**
 * Edits one source if it is still at `input.version` (the SOURCE's version; stale → CONFLICT
 * with the current `source` and `claim`). Refused on approved claims; bumps the claim's
 * version and the source's. Returns the updated claim.
 */
export async function updateSource(opts: { actor: Actor; sourceId: string; input: unknown }): Promise<ClaimDto> {
  const { actor, sourceId } = opts;
  assertCan(actor, "source.write");
  const { version: expected, ...fields } = parseInput(updateSourceInputSchema, opts.input);
  return db.$transaction(async (tx) => {
    const existing = await tx.source.findUnique({ where: { id: sourceId }, include: withCreator });
    if (!existing) throw notFound("Source");
    const { articleId, version } = await bumpClaimVersion(tx, { claimId: existing.claimId });
    const data: Prisma.SourceUpdateManyMutationInput = { version: { increment: 1 } };
    if (fields.url !== undefined) data.url = fields.url;
    if (fields.title !== undefined) data.title = fields.title;
    if (fields.publisher !== undefined) data.publisher = fields.publisher;
    if (fields.quote !== undefined) data.quote = fields.quote;
    if (fields.kind !== undefined) data.kind = fields.kind;
    if (fields.accessedAt !== undefined) data.accessedAt = new Date(`${fields.accessedAt}T00:00:00Z`);
    if (fields.archiveUrl !== undefined) data.archiveUrl = fields.archiveUrl || null;
    const res = await tx.source.updateMany({ where: { id: sourceId, version: expected }, data });
    if (res.count === 0) {
      const claim = await tx.claim.findUniqueOrThrow({ where: { id: existing.claimId }, include: claimDtoInclude });
      throw new AppError("CONFLICT", "The source was changed by someone else", {
        details: { currentVersion: existing.version, source: toSourceDto(existing), claim: toClaimDto(claim) },
      });
    }
    const updated = await tx.source.findUniqueOrThrow({ where: { id: sourceId }, include: withCreator });
    await recordSourceEvent(tx, {
      actor, action: "source.update", sourceId, claimId: existing.claimId, articleId, claimVersion: version,
      before: toSourceDto(existing), after: toSourceDto(updated),
    });
    return toClaimDto(await tx.claim.findUniqueOrThrow({ where: { id: existing.claimId }, include: claimDtoInclude }));
  });
}
