import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { notFound } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/zod-to-app-error";
import { createCommentInputSchema, type CommentDto } from "@/lib/comment/comment.types";
import { toCommentDto } from "@/lib/comment/comment-dto";

/**
 * Adds a comment to a claim's thread. Allowed in every status (discussion continues after
 * approval) and does not change the claim's version: comments are not claim content.
 */
export async function createComment(opts: { actor: Actor; claimId: string; input: unknown }): Promise<CommentDto> {
  const { actor, claimId } = opts;
  assertCan(actor, "comment.create");
  const { body } = parseInput(createCommentInputSchema, opts.input);
  return db.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({ where: { id: claimId }, select: { articleId: true } });
    if (!claim) throw notFound("Claim");
    const comment = await tx.comment.create({
      data: { claimId, authorId: actor.id, body },
      include: { author: { select: { id: true, name: true } } },
    });
    const dto = toCommentDto(comment);
    await recordAuditEvent(tx, { actor, action: "comment.create", entityType: "comment", entityId: comment.id, claimId, articleId: claim.articleId, after: dto });
    return dto;
  });
}
