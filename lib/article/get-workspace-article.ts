import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { notFound } from "@/lib/errors/app-error";
import type { ArticleMetadataDto, RevisionDto } from "@/lib/article/article.types";
import { articleDtoInclude, toArticleMetadataDto } from "@/lib/article/article-dto";
import { articleReadScope } from "@/lib/article/article-read-scope";
import type { ClaimSummaryDto } from "@/lib/claim/claim-summary";
import { claimSummarySelect, toClaimSummaryDto } from "@/lib/claim/claim-summary-select";
import { claimReadScope } from "@/lib/claim/claim-read-scope";

/** The workspace page's article: metadata, current text, and claim summaries in text order. */
export type WorkspaceArticleDto = ArticleMetadataDto & { revision: RevisionDto; claims: ClaimSummaryDto[] };

/**
 * Like `getArticle`, but with a {@link ClaimSummaryDto} per claim from one narrow query, so
 * the page's payload stays small at 1,000 claims (the research form loads a full claim on
 * focus). Same read scopes: exporters see approved claims of articles that have one.
 */
export async function getWorkspaceArticle(opts: { actor: Actor; articleId: string }): Promise<WorkspaceArticleDto> {
  const { actor, articleId } = opts;
  assertCan(actor, "article.read");
  const article = await db.article.findFirst({ where: { id: articleId, ...articleReadScope(actor) }, include: articleDtoInclude });
  if (!article) throw notFound("Article");
  const [revision, claims] = await Promise.all([
    db.articleRevision.findUnique({
      where: { articleId_number: { articleId, number: article.currentRevisionNo } },
      select: { id: true, number: true, text: true, sha256: true, createdAt: true }, // not sourceHtml
    }),
    db.claim.findMany({
      where: { articleId, ...claimReadScope(actor) },
      orderBy: [{ start: "asc" }, { end: "asc" }, { createdAt: "asc" }],
      select: claimSummarySelect,
    }),
  ]);
  if (!revision) throw notFound("Article revision");
  return {
    ...toArticleMetadataDto(article),
    revision: { id: revision.id, number: revision.number, text: revision.text, sha256: revision.sha256, createdAt: revision.createdAt.toISOString() },
    claims: claims.map(toClaimSummaryDto),
  };
}
