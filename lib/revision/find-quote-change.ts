import { db } from "@/lib/db";

export type QuoteChange = { fromRevision: number; toRevision: number; oldExact: string; newExact: string; score: number | null };

/**
 * The words a claim quoted before the last text update and the words it quotes now, when
 * that update changed them (a FUZZY re-anchoring): what the editor must see before
 * re-approving. Read from the claim's ClaimAnchor rows; null when its words did not change.
 */
export async function findQuoteChange(claimId: string): Promise<QuoteChange | null> {
  const anchors = await db.claimAnchor.findMany({
    where: { claimId },
    include: { revision: { select: { number: true } } },
    orderBy: { revision: { number: "desc" } },
    take: 2,
  });
  const [latest, previous] = anchors;
  if (!latest || !previous || latest.outcome !== "FUZZY") return null;
  return { fromRevision: previous.revision.number, toRevision: latest.revision.number, oldExact: previous.exact, newExact: latest.exact, score: latest.score };
}
