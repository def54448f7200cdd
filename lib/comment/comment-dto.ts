import type { Prisma } from "@/lib/generated/prisma/client";
import type { CommentDto } from "@/lib/comment/comment.types";

type CommentWithAuthor = Prisma.CommentGetPayload<{ include: { author: { select: { id: true; name: true } } } }>;

/** Maps a comment row to the API shape. */
export function toCommentDto(c: CommentWithAuthor): CommentDto {
  return { id: c.id, claimId: c.claimId, author: c.author, body: c.body, createdAt: c.createdAt.toISOString() };
}
