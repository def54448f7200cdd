import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ANNOTATED_ARTICLE_SCHEMA, type AnnotatedArticle } from "./annotated-article.types";
import { buildExportRatingScale } from "./build-export-rating-scale";
import { exportClaimInclude, type ExportArticleRow, type ExportClaimRow, type ExportScaleRow } from "./export-claim-include";
import { compareExportClaims, toExportClaim } from "./to-export-claim";

/** The whole rating scale (retired entries too: old verdicts may use them); load once per export. */
export async function loadExportScale(): Promise<ExportScaleRow[]> {
  return db.ratingScaleEntry.findMany({ select: { key: true, label: true, value: true, position: true, retired: true } });
}

/**
 * Builds the native export of a batch of articles with a fixed number of queries: their
 * current revisions in one, their claims matching `claimWhere` (with every relation an
 * export shows) in one plus one per relation. Used for a single article and for each batch
 * of the bulk stream alike, so both produce identical documents.
 */
export async function loadAnnotatedArticles(opts: {
  articles: ExportArticleRow[];
  claimWhere: Prisma.ClaimWhereInput;
  scale: ExportScaleRow[];
  exportedAt?: Date;
}): Promise<AnnotatedArticle[]> {
  const { articles, claimWhere, scale } = opts;
  if (articles.length === 0) return [];
  const exportedAt = (opts.exportedAt ?? new Date()).toISOString();
  const ids = articles.map((a) => a.id);
  const [revisions, claims] = await Promise.all([
    db.articleRevision.findMany({
      where: { OR: articles.map((a) => ({ articleId: a.id, number: a.currentRevisionNo })) },
      select: { articleId: true, number: true, text: true, sha256: true, createdAt: true },
    }),
    db.claim.findMany({ where: { AND: [{ articleId: { in: ids } }, claimWhere] }, include: exportClaimInclude }),
  ]);
  const revisionOf = new Map(revisions.map((r) => [r.articleId, r]));
  const claimsOf = new Map<string, ExportClaimRow[]>();
  for (const c of claims) {
    const list = claimsOf.get(c.articleId);
    if (list) list.push(c);
    else claimsOf.set(c.articleId, [c]);
  }
  const out: AnnotatedArticle[] = [];
  for (const a of articles) {
    const revision = revisionOf.get(a.id);
    if (!revision) continue; // an article always has its current revision; skip rather than invent one
    const exportClaims = (claimsOf.get(a.id) ?? []).sort(compareExportClaims).map(toExportClaim);
    out.push({
      schema: ANNOTATED_ARTICLE_SCHEMA,
      exportedAt,
      article: {
        id: a.id,
        title: a.title,
        sourceUrl: a.sourceUrl || null,
        publisher: a.publisher,
        byline: a.byline,
        dateline: a.dateline,
        publishedAt: a.publishedAt?.toISOString() ?? null,
        language: a.language,
        revision: { number: revision.number, sha256: revision.sha256, text: revision.text, createdAt: revision.createdAt.toISOString() },
      },
      ratingScale: buildExportRatingScale(scale, exportClaims),
      claims: exportClaims,
    });
  }
  return out;
}
