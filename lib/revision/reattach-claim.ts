import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { AppError, notFound } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/zod-to-app-error";
import { bumpClaimVersion } from "@/lib/claim/bump-claim-version";
import { claimDtoInclude, toClaimDto } from "@/lib/claim/claim-dto";
import type { ClaimDto } from "@/lib/claim/claim.types";
import { resolveSelector } from "@/lib/claim/resolve-selector";
import { reattachClaimInputSchema } from "@/lib/revision/revision.types";

/**
 * The fact-checker places an orphaned claim (or corrects a fuzzy match) on the article's
 * current revision by hand: offsets or a quote, resolved like a new claim's selector. The
 * claim's outcome becomes REATTACHED, its anchor row for the current revision is replaced,
 * and the old anchors stay. Approved claims are locked; `version`, when given, must be current.
 */
export async function reattachClaim(opts: { actor: Actor; claimId: string; input: unknown }): Promise<ClaimDto> {
  const { actor, claimId } = opts;
  assertCan(actor, "claim.update");
  const input = parseInput(reattachClaimInputSchema, opts.input);
  return db.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({ where: { id: claimId }, select: { articleId: true, anchorOutcome: true, exact: true, prefix: true, suffix: true, start: true, end: true, revisionId: true } });
    if (!claim) throw notFound("Claim");
    if (claim.anchorOutcome !== "ORPHANED" && claim.anchorOutcome !== "FUZZY") {
      throw new AppError("UNPROCESSABLE", "Only a claim that was orphaned or fuzzily matched by a text update can be re-attached", { fields: { claimId: `is ${claim.anchorOutcome.toLowerCase()}` } });
    }
    const article = await tx.article.findUniqueOrThrow({ where: { id: claim.articleId }, select: { currentRevisionNo: true } });
    const revision = await tx.articleRevision.findUniqueOrThrow({
      where: { articleId_number: { articleId: claim.articleId, number: article.currentRevisionNo } },
      select: { id: true, text: true },
    });
    const sel = resolveSelector(revision.text, input.selector);
    const { version } = await bumpClaimVersion(tx, { claimId, expectedVersion: input.version });
    const anchor = { exact: sel.exact, prefix: sel.prefix, suffix: sel.suffix, start: sel.start, end: sel.end, outcome: "REATTACHED" as const, score: null };
    const updated = await tx.claim.update({
      where: { id: claimId },
      data: { exact: sel.exact, prefix: sel.prefix, suffix: sel.suffix, start: sel.start, end: sel.end, revisionId: revision.id, anchorOutcome: "REATTACHED", anchorScore: null },
      include: claimDtoInclude,
    });
    await tx.claimAnchor.upsert({
      where: { claimId_revisionId: { claimId, revisionId: revision.id } },
      create: { claimId, revisionId: revision.id, ...anchor },
      update: anchor,
    });
    await recordAuditEvent(tx, {
      actor, action: "claim.reattach", entityType: "claim", entityId: claimId, claimId, articleId: claim.articleId,
      before: { outcome: claim.anchorOutcome, selector: { exact: claim.exact, prefix: claim.prefix, suffix: claim.suffix, start: claim.start, end: claim.end }, version: version - 1 },
      after: { outcome: "REATTACHED", revisionNumber: article.currentRevisionNo, selector: { exact: sel.exact, prefix: sel.prefix, suffix: sel.suffix, start: sel.start, end: sel.end }, version },
    });
    return toClaimDto(updated);
  });
}
