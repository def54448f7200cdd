import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { conflict, notFound } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/zod-to-app-error";
import { createClaimInputSchema, type ClaimDto } from "@/lib/claim/claim.types";
import { resolveSelector } from "@/lib/claim/resolve-selector";
import { assertAssignee } from "@/lib/claim/assert-assignee";
import { toNewClaimDto } from "@/lib/claim/new-claim-dto";
import { getRevisionTextCached } from "@/lib/revision/get-revision-text-cached";

/**
 * Marks a claim on the article's CURRENT revision from code-point offsets or a quote (see
 * `resolveSelector`), with optional statement, claimant, kind and assignee. Writes the
 * claim, its first ClaimAnchor (outcome CREATED) and the audit event in one transaction.
 * Overlapping and nested claims are allowed.
 */
export async function createClaim(opts: { actor: Actor; articleId: string; input: unknown }): Promise<ClaimDto> {
  const { actor, articleId } = opts;
  assertCan(actor, "claim.create");
  const input = parseInput(createClaimInputSchema, opts.input);
  // everything that only reads runs before the transaction, so 32 writers hold connections
  // for three inserts each rather than for a 100 kB text read and a five-relation re-read
  const article = await db.article.findUnique({ where: { id: articleId }, select: { currentRevisionNo: true } });
  if (!article) throw notFound("Article");
  const revisionNo = article.currentRevisionNo;
  const revision = await db.articleRevision.findUnique({ where: { articleId_number: { articleId, number: revisionNo } }, select: { id: true } });
  if (!revision) throw notFound("Article revision");
  const sel = resolveSelector(await getRevisionTextCached(revision.id), input.selector);
  const assignee = input.assigneeId ? await assertAssignee(db, input.assigneeId) : null;
  const fields = { statement: input.statement ?? "", claimant: input.claimant ?? "", kind: input.kind ?? "OTHER" } as const;
  return db.$transaction(async (tx) => {
    // FOR SHARE: a concurrent new revision (which updates this row) either waits for this
    // claim, and then re-anchors it, or commits first, and then this claim is refused
    const rows = await tx.$queryRaw<{ currentRevisionNo: number }[]>`SELECT "currentRevisionNo" FROM "Article" WHERE id = ${articleId} FOR SHARE`;
    if (!rows[0]) throw notFound("Article");
    if (rows[0].currentRevisionNo !== revisionNo) {
      throw conflict("The article's text changed while the claim was being marked; select the words again", { reason: "revision-changed" });
    }
    const { start, end, exact, prefix, suffix } = sel;
    const row = await tx.claim.create({
      data: { articleId, revisionId: revision.id, exact, prefix, suffix, start, end, anchorOutcome: "CREATED", ...fields, assigneeId: assignee?.id ?? null, createdById: actor.id },
      select: { id: true, version: true, createdAt: true, updatedAt: true },
    });
    await tx.claimAnchor.create({ data: { claimId: row.id, revisionId: revision.id, exact, prefix, suffix, start, end, outcome: "CREATED" }, select: { id: true } });
    const dto = toNewClaimDto({ row, articleId, revisionId: revision.id, selector: sel, ...fields, assignee, createdBy: { id: actor.id, name: actor.name } });
    await recordAuditEvent(tx, { actor, action: "claim.create", entityType: "claim", entityId: row.id, claimId: row.id, articleId, after: { ...dto, changedFields: [] } });
    return dto;
  });
}
