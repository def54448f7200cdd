import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { notFound } from "@/lib/errors/app-error";
import { claimReadScope } from "@/lib/claim/claim-read-scope";
import type { CommentDto } from "@/lib/comment/comment.types";
import { toCommentDto } from "@/lib/comment/comment-dto";

/** The comment thread of a claim, oldest first. */
export async function listComments(opts: { actor: Actor; claimId: string }): Promise<CommentDto[]> {
  const { actor, claimId } = opts;
  assertCan(actor, "comment.read");
  const claim = await db.claim.findFirst({ where: { id: claimId, ...claimReadScope(actor) }, select: { id: true } });
  if (!claim) throw notFound("Claim");
  const comments = await db.comment.findMany({
    where: { claimId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    include: { author: { select: { id: true, name: true } } },
  });
  return comments.map(toCommentDto);
}
