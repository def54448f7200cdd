import { reanchorAll } from "@/lib/anchoring/reanchor-all";
import type { ClaimSelector } from "@/lib/anchoring/types";
import type { ClaimStatus } from "@/lib/generated/prisma/enums";

/** What re-anchoring needs of a claim row. */
export type ClaimToReanchor = {
  id: string;
  revisionId: string;
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  status: ClaimStatus;
  version: number;
  statement: string;
};

/** The decision for one claim; `selector` and `revisionId` are what the claim row will hold. */
export type ReanchorPlan = {
  claim: ClaimToReanchor;
  outcome: "UNCHANGED" | "MOVED" | "FUZZY" | "ORPHANED";
  score: number;
  /** new selector on the new revision, or the last good one (old revision) for an orphan */
  selector: ClaimSelector;
  /** the orphan's old revision; null = the revision being created */
  revisionId: string | null;
  status: ClaimStatus;
  newExact: string | null;
};

/**
 * Decides where every claim goes on the new text, without I/O. Claims are grouped by the
 * revision their selector refers to (orphans of earlier updates still point at an older
 * revision, and get another chance here), and each group goes through one `reanchorAll`.
 * An approved claim whose words changed (FUZZY) or vanished (ORPHANED) goes back to review:
 * its approval was of words the article no longer prints.
 */
export function planReanchor(opts: {
  claims: readonly ClaimToReanchor[];
  textsByRevisionId: ReadonlyMap<string, string>;
  newText: string;
}): ReanchorPlan[] {
  const groups = new Map<string, ClaimToReanchor[]>();
  for (const c of opts.claims) groups.set(c.revisionId, [...(groups.get(c.revisionId) ?? []), c]);
  const plans = new Map<string, ReanchorPlan>();
  for (const [revisionId, claims] of groups) {
    const oldText = opts.textsByRevisionId.get(revisionId);
    if (oldText === undefined) throw new Error(`text of revision ${revisionId} not loaded`);
    const results = reanchorAll(oldText, opts.newText, claims.map(({ exact, prefix, suffix, start, end }) => ({ exact, prefix, suffix, start, end })));
    claims.forEach((claim, i) => {
      const r = results[i]!;
      const loses = r.outcome === "FUZZY" || r.outcome === "ORPHANED";
      const status: ClaimStatus = loses && claim.status === "APPROVED" ? "IN_REVIEW" : claim.status;
      if (r.outcome === "ORPHANED") {
        const { exact, prefix, suffix, start, end } = claim;
        plans.set(claim.id, { claim, outcome: "ORPHANED", score: r.score, selector: { exact, prefix, suffix, start, end }, revisionId: claim.revisionId, status, newExact: null });
        return;
      }
      const selector: ClaimSelector = { exact: r.exact, prefix: r.prefix, suffix: r.suffix, start: r.start, end: r.end };
      plans.set(claim.id, { claim, outcome: r.outcome, score: r.score, selector, revisionId: null, status, newExact: r.exact });
    });
  }
  return opts.claims.map((c) => plans.get(c.id)!);
}

/** Whether the plan changes the claim beyond following it to the new revision. */
export function isChangedPlan(plan: ReanchorPlan): boolean {
  return plan.outcome !== "UNCHANGED" || plan.status !== plan.claim.status;
}
