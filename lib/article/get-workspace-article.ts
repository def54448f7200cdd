import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, can } from "@/lib/auth/policy";
import { notFound } from "@/lib/errors/app-error";
import type { ArticleMetadataDto, RevisionDto } from "@/lib/article/article.types";
import { articleDtoInclude, toArticleMetadataDto } from "@/lib/article/article-dto";
import { articleReadScope } from "@/lib/article/article-read-scope";
import { selectClaimSummaryColumns } from "@/lib/claim/claim-summary-sql";

/**
 * The workspace page's article: metadata, current text, and its claim summaries in text
 * order as one `ClaimSummaryColumns` JSON string (decode with `decodeClaimSummaries`).
 */
export type WorkspaceArticleDto = ArticleMetadataDto & { revision: RevisionDto; claimsJson: string };

type RevisionRow = { id: string; number: number; text: string; sha256: string; createdAt: Date | string };

/**
 * Like `getArticle`, but with claim summaries from one query that PostgreSQL serialises
 * itself, so the page's payload and the server's work stay small at 1,000 claims (the
 * research form loads a full claim on focus). The three reads run at once; the article's
 * read scope decides whether any of it is returned, and the claims carry the claim read
 * scope themselves: exporters see approved claims of articles that have one.
 */
export async function getWorkspaceArticle(opts: { actor: Actor; articleId: string }): Promise<WorkspaceArticleDto> {
  const { actor, articleId } = opts;
  assertCan(actor, "article.read");
  const [article, revisions, claimsJson] = await Promise.all([
    db.article.findFirst({ where: { id: articleId, ...articleReadScope(actor) }, include: articleDtoInclude }),
    // the current revision, without its sourceHtml
    db.$queryRaw<RevisionRow[]>`
      SELECT r.id, r.number, r.text, r.sha256, r."createdAt"
      FROM "ArticleRevision" r JOIN "Article" a ON a.id = r."articleId" AND r.number = a."currentRevisionNo"
      WHERE a.id = ${articleId}`,
    selectClaimSummaryColumns({ articleId, readUnapproved: can(actor, "claim.readUnapproved") }),
  ]);
  if (!article) throw notFound("Article");
  // a correction committed between the reads: read the revision the article row names
  const revision = revisions[0]?.number === article.currentRevisionNo
    ? revisions[0]
    : await db.articleRevision.findUnique({
      where: { articleId_number: { articleId, number: article.currentRevisionNo } },
      select: { id: true, number: true, text: true, sha256: true, createdAt: true },
    });
  if (!revision) throw notFound("Article revision");
  return {
    ...toArticleMetadataDto(article),
    revision: { id: revision.id, number: revision.number, text: revision.text, sha256: revision.sha256, createdAt: new Date(revision.createdAt).toISOString() },
    claimsJson,
  };
}
