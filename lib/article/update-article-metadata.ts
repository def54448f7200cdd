import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { conflict, notFound } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/zod-to-app-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import { updateArticleMetadataInputSchema, type ArticleMetadataDto } from "@/lib/article/article.types";
import { articleDtoInclude, toArticleMetadataDto } from "@/lib/article/article-dto";
import { canonicalOrNull } from "@/lib/article/find-article-by-url";

/**
 * Edits an article's metadata (not its text) if it is still at `input.version`; stale →
 * CONFLICT with `currentVersion` and the current `article`. A new source URL already used by
 * another article → CONFLICT with `existingArticleId`. Audit event in the same transaction.
 */
export async function updateArticleMetadata(opts: { actor: Actor; articleId: string; input: unknown }): Promise<ArticleMetadataDto> {
  const { actor, articleId } = opts;
  assertCan(actor, "article.update");
  const { version, ...fields } = parseInput(updateArticleMetadataInputSchema, opts.input);
  return db.$transaction(async (tx) => {
    const before = await tx.article.findUnique({ where: { id: articleId }, include: articleDtoInclude });
    if (!before) throw notFound("Article");
    const data: Prisma.ArticleUpdateManyMutationInput = { version: { increment: 1 } };
    for (const key of ["title", "publisher", "byline", "dateline", "language"] as const) {
      if (fields[key] !== undefined) data[key] = fields[key];
    }
    if (fields.publishedAt !== undefined) data.publishedAt = fields.publishedAt ? new Date(fields.publishedAt) : null;
    if (fields.sourceUrl !== undefined) {
      const canonicalUrl = canonicalOrNull(fields.sourceUrl);
      if (canonicalUrl && canonicalUrl !== before.canonicalUrl) {
        const other = await tx.article.findUnique({ where: { canonicalUrl }, select: { id: true } });
        if (other) throw conflict("Another article was imported from this URL", { existingArticleId: other.id });
      }
      data.sourceUrl = fields.sourceUrl;
      data.canonicalUrl = canonicalUrl;
    }
    const res = await tx.article.updateMany({ where: { id: articleId, version }, data });
    if (res.count === 0) {
      throw conflict(`The article was changed by someone else (now version ${before.version})`, {
        currentVersion: before.version,
        article: toArticleMetadataDto(before),
      });
    }
    const after = toArticleMetadataDto(await tx.article.findUniqueOrThrow({ where: { id: articleId }, include: articleDtoInclude }));
    await recordAuditEvent(tx, {
      actor, action: "article.update", entityType: "article", entityId: articleId, articleId,
      before: toArticleMetadataDto(before), after,
    });
    return after;
  });
}
