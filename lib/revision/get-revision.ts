import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { notFound } from "@/lib/errors/app-error";
import { articleReadScope } from "@/lib/article/article-read-scope";
import { claimReadScope } from "@/lib/claim/claim-read-scope";
import type { RevisionDetailDto } from "@/lib/revision/revision.types";
import { revisionSummaryInclude, toRevisionSummaryDto } from "@/lib/revision/revision-dto";

/**
 * One revision's text and the claims as they were anchored on it (its ClaimAnchor rows, so
 * an old revision shows the old quotes, not today's). Claims orphaned by that revision are
 * listed with outcome ORPHANED and the lost quote (offsets 0–0). Scoped like the article.
 */
export async function getRevision(opts: { actor: Actor; articleId: string; number: number }): Promise<RevisionDetailDto> {
  const { actor, articleId, number } = opts;
  assertCan(actor, "article.read");
  const article = await db.article.findFirst({ where: { id: articleId, ...articleReadScope(actor) }, select: { currentRevisionNo: true } });
  if (!article) throw notFound("Article");
  const revision = await db.articleRevision.findUnique({ where: { articleId_number: { articleId, number } }, include: revisionSummaryInclude });
  if (!revision) throw notFound("Revision");
  const anchors = await db.claimAnchor.findMany({
    where: { revisionId: revision.id, claim: claimReadScope(actor) },
    include: { claim: { select: { id: true, status: true, statement: true } } },
    orderBy: [{ start: "asc" }, { end: "asc" }],
  });
  return {
    ...toRevisionSummaryDto(revision, article.currentRevisionNo),
    articleId,
    text: revision.text,
    claims: anchors.map((a) => ({
      id: a.claim.id,
      status: a.claim.status,
      statement: a.claim.statement,
      outcome: a.outcome,
      score: a.score,
      selector: { exact: a.exact, prefix: a.prefix, suffix: a.suffix, start: a.start, end: a.end },
    })),
  };
}
