import { db } from "@/lib/db";

/** How many verdicts use each rating entry (by key), so the editor can say which can be deleted. */
export async function countRatingUsage(): Promise<Record<string, number>> {
  const [groups, entries] = await Promise.all([
    db.verdict.groupBy({ by: ["ratingId"], where: { ratingId: { not: null } }, _count: { _all: true } }),
    db.ratingScaleEntry.findMany({ select: { id: true, key: true } }),
  ]);
  const keyOf = new Map(entries.map((e) => [e.id, e.key]));
  const out: Record<string, number> = {};
  for (const g of groups) {
    const key = g.ratingId ? keyOf.get(g.ratingId) : undefined;
    if (key) out[key] = g._count._all;
  }
  return out;
}
