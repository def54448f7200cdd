import { diffWords } from "@/lib/anchoring/diff-words";
import type { AnchoredClaimDto, RevisionDetailDto } from "@/lib/revision/revision.types";
import { buildDiffSide } from "@/components/revision/build-diff-side";
import { DiffSideView } from "@/components/revision/diff-side-view";
import { STATUS_LABEL } from "@/components/claim/claim-labels";
import type { ClaimStatusValue } from "@/lib/claim/claim.types";

const OUTCOME_LABEL: Record<string, string> = {
  CREATED: "marked here", UNCHANGED: "unchanged", MOVED: "moved", FUZZY: "words changed", ORPHANED: "orphaned", REATTACHED: "re-attached by hand",
};

function ClaimsOfSide({ claims, number }: { claims: AnchoredClaimDto[]; number: number }) {
  if (!claims.length) return <p className="small muted">No claims anchored on revision {number}.</p>;
  return (
    <ul className="diff-claims">
      {claims.map((c) => (
        <li key={c.id} data-claim-id={c.id}>
          “{c.selector.exact}” — {OUTCOME_LABEL[c.outcome] ?? c.outcome}
          {c.outcome === "FUZZY" && c.score !== null ? ` (${Math.round(c.score * 100)}%)` : ""}, {STATUS_LABEL[c.status as ClaimStatusValue]}
          {c.outcome === "ORPHANED" ? " — not in this revision's text" : ""}
        </li>
      ))}
    </ul>
  );
}

/**
 * Word-level diff between two revisions, side by side: the older text with deleted words in
 * <del> and its claims highlighted, the newer with inserted words in <ins> and its claims.
 * Changes are marked by element and by bracket glyphs, not by colour alone.
 */
export function RevisionDiff({ older, newer }: { older: RevisionDetailDto; newer: RevisionDetailDto }) {
  const hunks = diffWords(older.text, newer.text);
  const placed = (r: RevisionDetailDto) => r.claims.filter((c) => c.outcome !== "ORPHANED").map((c) => ({ id: c.id, start: c.selector.start, end: c.selector.end }));
  const labels = new Map([...older.claims, ...newer.claims].map((c) => [c.id, `Claim: ${c.statement || c.selector.exact}`]));
  const inserted = hunks.filter((h) => h.kind === "insert").length;
  const deleted = hunks.filter((h) => h.kind === "delete").length;
  return (
    <section className="revision-diff stack" aria-labelledby="diff-heading">
      <h2 id="diff-heading">Revision {older.number} → revision {newer.number}</h2>
      <p className="small">
        {older.text === newer.text ? "The texts are identical." : `${deleted} deleted and ${inserted} inserted runs of words.`}{" "}
        Legend: <del>deleted words</del> (struck through, in [− −]), <ins>inserted words</ins> (underlined, in [+ +]), <mark className="legend-mark">claim</mark> (highlighted, underlined; hover for its statement).
      </p>
      <div className="diff-sides">
        <div className="stack">
          <h3>Revision {older.number}{older.isCurrent ? " (current)" : ""}</h3>
          <DiffSideView pieces={buildDiffSide(older.text, hunks, "old", placed(older))} label={`Revision ${older.number} with deletions`} claimLabels={labels} />
          <h4>Claims on revision {older.number}</h4>
          <ClaimsOfSide claims={older.claims} number={older.number} />
        </div>
        <div className="stack">
          <h3>Revision {newer.number}{newer.isCurrent ? " (current)" : ""}</h3>
          <DiffSideView pieces={buildDiffSide(newer.text, hunks, "new", placed(newer))} label={`Revision ${newer.number} with insertions`} claimLabels={labels} />
          <h4>Claims on revision {newer.number}</h4>
          <ClaimsOfSide claims={newer.claims} number={newer.number} />
        </div>
      </div>
    </section>
  );
}
