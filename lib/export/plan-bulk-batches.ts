/**
 * Splits a page of articles (in id order, each with the number of claims the export holds)
 * into batches of at most `claimBudget` claims and `maxArticles` articles (each carries its
 * revision text), so one database round trip loads a bounded amount whether articles carry
 * 0 claims or 1,000. An article is never split: one with more claims than the budget is a
 * batch of its own. Order is kept.
 */
export function planBulkBatches<T extends { claimCount: number }>(articles: readonly T[], claimBudget: number, maxArticles = Infinity): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let claims = 0;
  for (const a of articles) {
    if (current.length > 0 && (claims + a.claimCount > claimBudget || current.length >= maxArticles)) {
      batches.push(current);
      current = [];
      claims = 0;
    }
    current.push(a);
    claims += a.claimCount;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
