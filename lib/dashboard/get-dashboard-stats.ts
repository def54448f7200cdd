import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { CLAIM_STATUSES, type ClaimStatusValue } from "@/lib/claim/claim.types";

export type RatingBucket = { key: string; label: string; colour: string; count: number };
export type StatusCounts = Record<ClaimStatusValue, number>;
export type ArticleStats = { id: string; title: string; total: number; byStatus: StatusCounts; byRating: RatingBucket[] };
export type DashboardStats = { total: number; byStatus: StatusCounts; byRating: RatingBucket[]; articles: ArticleStats[] };

type Row = { articleId: string; status: ClaimStatusValue; ratingId: string | null; n: bigint };

const NO_RATING = { key: "none", label: "No rating yet", colour: "#9ca3af" };

function emptyStatus(): StatusCounts {
  return Object.fromEntries(CLAIM_STATUSES.map((s) => [s, 0])) as StatusCounts;
}

/**
 * Claim counts by status and by rating, overall and per article (busiest articles first, at
 * most 50), for the editors' dashboard. One grouped query; the rest is arithmetic.
 */
export async function getDashboardStats(opts: { actor: Actor }): Promise<DashboardStats> {
  assertCan(opts.actor, "dashboard.read");
  const [rows, scale] = await Promise.all([
    db.$queryRaw<Row[]>`SELECT c."articleId", c.status::text AS status, v."ratingId", count(*) AS n
      FROM "Claim" c LEFT JOIN "Verdict" v ON v."claimId" = c.id GROUP BY 1, 2, 3`,
    db.ratingScaleEntry.findMany({ orderBy: { position: "asc" } }),
  ]);
  const ratingOf = new Map(scale.map((r) => [r.id, r]));
  const buckets = () => [...scale.map((r) => ({ key: r.key, label: r.label, colour: r.colour, count: 0 })), { ...NO_RATING, count: 0 }];
  const overall = { total: 0, byStatus: emptyStatus(), byRating: buckets() };
  const perArticle = new Map<string, { total: number; byStatus: StatusCounts; byRating: RatingBucket[] }>();
  for (const r of rows) {
    const n = Number(r.n);
    const key = (r.ratingId && ratingOf.get(r.ratingId)?.key) || NO_RATING.key;
    let a = perArticle.get(r.articleId);
    if (!a) perArticle.set(r.articleId, (a = { total: 0, byStatus: emptyStatus(), byRating: buckets() }));
    for (const target of [overall, a]) {
      target.total += n;
      target.byStatus[r.status] += n;
      const b = target.byRating.find((x) => x.key === key);
      if (b) b.count += n;
    }
  }
  const ids = [...perArticle.entries()].sort((x, y) => y[1].total - x[1].total).slice(0, 50).map(([id]) => id);
  const titles = new Map((await db.article.findMany({ where: { id: { in: ids } }, select: { id: true, title: true } })).map((a) => [a.id, a.title]));
  // retired ratings nobody uses would only add empty bars
  const trim = (b: RatingBucket[]) => b.filter((x) => x.count > 0 || !scale.find((s) => s.key === x.key)?.retired);
  return {
    total: overall.total,
    byStatus: overall.byStatus,
    byRating: trim(overall.byRating),
    articles: ids.map((id) => {
      const a = perArticle.get(id)!;
      return { id, title: titles.get(id) ?? "(deleted)", total: a.total, byStatus: a.byStatus, byRating: trim(a.byRating) };
    }),
  };
}
