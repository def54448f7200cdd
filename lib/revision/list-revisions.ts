import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { notFound } from "@/lib/errors/app-error";
import { articleReadScope } from "@/lib/article/article-read-scope";
import type { RevisionSummaryDto } from "@/lib/revision/revision.types";
import { revisionSummaryInclude, toRevisionSummaryDto } from "@/lib/revision/revision-dto";

/** An article's revisions, newest first, without their texts (scoped like the article). */
export async function listRevisions(opts: { actor: Actor; articleId: string }): Promise<{ currentRevisionNo: number; revisions: RevisionSummaryDto[] }> {
  const { actor, articleId } = opts;
  assertCan(actor, "article.read");
  const article = await db.article.findFirst({ where: { id: articleId, ...articleReadScope(actor) }, select: { currentRevisionNo: true } });
  if (!article) throw notFound("Article");
  const rows = await db.articleRevision.findMany({ where: { articleId }, orderBy: { number: "desc" }, include: revisionSummaryInclude });
  return { currentRevisionNo: article.currentRevisionNo, revisions: rows.map((r) => toRevisionSummaryDto(r, article.currentRevisionNo)) };
}
