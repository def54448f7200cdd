import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { parseInput } from "@/lib/errors/zod-to-app-error";
import { createSourceInputSchema } from "@/lib/source/source.types";
import { toSourceDto } from "@/lib/source/source-dto";
import { recordSourceEvent } from "@/lib/source/source-audit";
import { bumpClaimVersion } from "@/lib/claim/bump-claim-version";
import { claimDtoInclude, toClaimDto } from "@/lib/claim/claim-dto";
import type { ClaimDto } from "@/lib/claim/claim.types";

/** Today as a UTC calendar date, the default "accessed" date of a source. */
export function todayUtc(): Date {
  return new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`);
}

/**
 * Adds a source at the end of a claim's list (http/https URL; accessed date defaults to
 * today). Refused on approved claims; bumps the claim version. Returns the updated claim.
 */
export async function createSource(opts: { actor: Actor; claimId: string; input: unknown }): Promise<ClaimDto> {
  const { actor, claimId } = opts;
  assertCan(actor, "source.write");
  const input = parseInput(createSourceInputSchema, opts.input);
  return db.$transaction(async (tx) => {
    const { articleId, version } = await bumpClaimVersion(tx, { claimId });
    const last = await tx.source.aggregate({ where: { claimId }, _max: { position: true } });
    const source = await tx.source.create({
      data: {
        claimId,
        position: (last._max.position ?? -1) + 1,
        url: input.url,
        title: input.title ?? "",
        publisher: input.publisher ?? "",
        quote: input.quote ?? "",
        accessedAt: input.accessedAt ? new Date(`${input.accessedAt}T00:00:00Z`) : todayUtc(),
        kind: input.kind ?? "NEWS_REPORT",
        archiveUrl: input.archiveUrl || null,
        createdById: actor.id,
      },
      include: { createdBy: { select: { id: true, name: true } } },
    });
    await recordSourceEvent(tx, { actor, action: "source.create", sourceId: source.id, claimId, articleId, claimVersion: version, after: toSourceDto(source) });
    return toClaimDto(await tx.claim.findUniqueOrThrow({ where: { id: claimId }, include: claimDtoInclude }));
  });
}
