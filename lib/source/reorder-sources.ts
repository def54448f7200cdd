import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/zod-to-app-error";
import { reorderSourcesInputSchema } from "@/lib/source/source.types";
import { recordSourceEvent } from "@/lib/source/source-audit";
import { bumpClaimVersion } from "@/lib/claim/bump-claim-version";
import { claimDtoInclude, toClaimDto } from "@/lib/claim/claim-dto";
import type { ClaimDto } from "@/lib/claim/claim.types";

/**
 * Puts a claim's sources in the given order. `sourceIds` must list exactly the claim's
 * current sources; if someone added or removed one meanwhile → CONFLICT with the current
 * claim. Refused on approved claims; bumps the claim version. Returns the updated claim.
 */
export async function reorderSources(opts: { actor: Actor; claimId: string; input: unknown }): Promise<ClaimDto> {
  const { actor, claimId } = opts;
  assertCan(actor, "source.write");
  const { sourceIds } = parseInput(reorderSourcesInputSchema, opts.input);
  return db.$transaction(async (tx) => {
    const { articleId, version } = await bumpClaimVersion(tx, { claimId });
    const current = await tx.source.findMany({ where: { claimId }, orderBy: { position: "asc" }, select: { id: true } });
    const given = new Set(sourceIds);
    if (given.size !== current.length || current.some((s) => !given.has(s.id))) {
      const claim = await tx.claim.findUniqueOrThrow({ where: { id: claimId }, include: claimDtoInclude });
      throw new AppError("CONFLICT", "The sources changed meanwhile; reorder the current list", {
        fields: { sourceIds: "must list exactly the claim's current sources" },
        details: { claim: toClaimDto(claim) },
      });
    }
    for (const [position, id] of sourceIds.entries()) await tx.source.update({ where: { id }, data: { position } });
    await recordSourceEvent(tx, {
      actor, action: "source.reorder", sourceId: claimId, claimId, articleId, claimVersion: version,
      before: current.map((s) => s.id), after: sourceIds,
    });
    return toClaimDto(await tx.claim.findUniqueOrThrow({ where: { id: claimId }, include: claimDtoInclude }));
  });
}
