import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, can } from "@/lib/auth/policy";
import { articleReadScope } from "@/lib/article/article-read-scope";
import { claimReadScope } from "@/lib/claim/claim-read-scope";

export type ExportableArticle = {
  id: string;
  title: string;
  publisher: string;
  updatedAt: string;
  approvedClaims: number;
  /** every claim the actor may export (equals approvedClaims for exporters) */
  visibleClaims: number;
};

export type ExportableArticleList = { items: ExportableArticle[]; total: number; mayExportAll: boolean };

/**
 * Articles for the Export page, most recently updated first, with their approved-claim
 * counts: two queries (articles, one grouped count of claims), scoped to what the actor
 * may read. `mayExportAll` tells the page whether to offer `status=all`.
 */
export async function listExportableArticles(opts: { actor: Actor; limit?: number }): Promise<ExportableArticleList> {
  const { actor } = opts;
  assertCan(actor, "export.read");
  const where = articleReadScope(actor);
  const [rows, total] = await Promise.all([
    db.article.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      take: Math.min(opts.limit ?? 200, 500),
      select: { id: true, title: true, publisher: true, updatedAt: true },
    }),
    db.article.count({ where }),
  ]);
  const counts = await db.claim.groupBy({
    by: ["articleId", "status"],
    where: { AND: [{ articleId: { in: rows.map((r) => r.id) } }, claimReadScope(actor)] },
    _count: { _all: true },
  });
  const approved = new Map<string, number>();
  const visible = new Map<string, number>();
  for (const c of counts) {
    visible.set(c.articleId, (visible.get(c.articleId) ?? 0) + c._count._all);
    if (c.status === "APPROVED") approved.set(c.articleId, c._count._all);
  }
  return {
    items: rows.map((r) => ({
      id: r.id,
      title: r.title,
      publisher: r.publisher,
      updatedAt: r.updatedAt.toISOString(),
      approvedClaims: approved.get(r.id) ?? 0,
      visibleClaims: visible.get(r.id) ?? 0,
    })),
    total,
    mayExportAll: can(actor, "claim.readUnapproved"),
  };
}
