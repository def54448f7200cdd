import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { notFound } from "@/lib/errors/app-error";
import type { ArticleDto } from "@/lib/article/article.types";
import { articleDtoInclude, toArticleMetadataDto } from "@/lib/article/article-dto";
import { articleReadScope } from "@/lib/article/article-read-scope";
import { claimDtoInclude, toClaimDto } from "@/lib/claim/claim-dto";
import { claimReadScope } from "@/lib/claim/claim-read-scope";

/**
 * An article with its current revision's text and its claims in text order. Exporters see
 * only approved claims, and only articles that have one (both scoped in the queries).
 */
export async function getArticle(opts: { actor: Actor; articleId: string }): Promise<ArticleDto> {
  const { actor, articleId } = opts;
  assertCan(actor, "article.read");
  const article = await db.article.findFirst({ where: { id: articleId, ...articleReadScope(actor) }, include: articleDtoInclude });
  if (!article) throw notFound("Article");
  const [revision, claims] = await Promise.all([
    db.articleRevision.findUnique({ where: { articleId_number: { articleId, number: article.currentRevisionNo } } }),
    db.claim.findMany({
      where: { articleId, ...claimReadScope(actor) },
      orderBy: [{ start: "asc" }, { end: "asc" }, { createdAt: "asc" }],
      include: claimDtoInclude,
    }),
  ]);
  if (!revision) throw notFound("Article revision");
  return {
    ...toArticleMetadataDto(article),
    revision: { id: revision.id, number: revision.number, text: revision.text, sha256: revision.sha256, createdAt: revision.createdAt.toISOString() },
    claims: claims.map(toClaimDto),
  };
}
