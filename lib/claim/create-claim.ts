import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { notFound } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/zod-to-app-error";
import { createClaimInputSchema, type ClaimDto } from "@/lib/claim/claim.types";
import { claimDtoInclude, toClaimDto } from "@/lib/claim/claim-dto";
import { resolveSelector } from "@/lib/claim/resolve-selector";
import { assertAssignee } from "@/lib/claim/assert-assignee";

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
  return db.$transaction(async (tx) => {
    const article = await tx.article.findUnique({ where: { id: articleId }, select: { id: true, currentRevisionNo: true } });
    if (!article) throw notFound("Article");
    const revision = await tx.articleRevision.findUnique({
      where: { articleId_number: { articleId, number: article.currentRevisionNo } },
      select: { id: true, text: true },
    });
    if (!revision) throw notFound("Article revision");
    const sel = resolveSelector(revision.text, input.selector);
    if (input.assigneeId) await assertAssignee(tx, input.assigneeId);
    const created = await tx.claim.create({
      data: {
        articleId,
        revisionId: revision.id,
        exact: sel.exact,
        prefix: sel.prefix,
        suffix: sel.suffix,
        start: sel.start,
        end: sel.end,
        anchorOutcome: "CREATED",
        statement: input.statement ?? "",
        claimant: input.claimant ?? "",
        kind: input.kind ?? "OTHER",
        assigneeId: input.assigneeId ?? null,
        createdById: actor.id,
        anchors: { create: { revisionId: revision.id, exact: sel.exact, prefix: sel.prefix, suffix: sel.suffix, start: sel.start, end: sel.end, outcome: "CREATED" } },
      },
      include: claimDtoInclude,
    });
    const dto = toClaimDto(created);
    await recordAuditEvent(tx, {
      actor,
      action: "claim.create",
      entityType: "claim",
      entityId: created.id,
      claimId: created.id,
      articleId,
      after: { ...dto, changedFields: [] },
    });
    return dto;
  });
}
