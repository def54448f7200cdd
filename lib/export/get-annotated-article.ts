import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { articleReadScope } from "@/lib/article/article-read-scope";
import { notFound } from "@/lib/errors/app-error";
import type { AnnotatedArticle } from "./annotated-article.types";
import { exportArticleSelect } from "./export-claim-include";
import type { ExportStatus } from "./export-query.types";
import { loadAnnotatedArticles, loadExportScale } from "./load-annotated-articles";
import { exportClaimWhere, resolveExportStatus } from "./resolve-export-status";

/**
 * One article as Factmark's native export ("factmark.annotated-article/1"): metadata, the
 * current revision's text and sha256, and its claims in text order with verdict, sources and
 * review. `status` defaults to "approved" for exporters (who may not ask for "all") and to
 * "all" for everyone else. 404 when the article does not exist or is not readable.
 */
export async function getAnnotatedArticle(opts: { actor: Actor; articleId: string; status?: ExportStatus }): Promise<AnnotatedArticle> {
  const { actor, articleId } = opts;
  assertCan(actor, "export.read");
  const status = resolveExportStatus(actor, opts.status);
  const [article, scale] = await Promise.all([
    db.article.findFirst({ where: { id: articleId, ...articleReadScope(actor) }, select: exportArticleSelect }),
    loadExportScale(),
  ]);
  if (!article) throw notFound("Article");
  const [annotated] = await loadAnnotatedArticles({ articles: [article], claimWhere: exportClaimWhere(actor, status), scale });
  if (!annotated) throw notFound("Article revision");
  return annotated;
}
