import type { DiffPart } from "@/lib/review/diff-claim-snapshots";

/** Word-level diff: removed words struck through in <del>, added in <ins> (screen readers announce both). */
export function DiffParts({ parts }: { parts: DiffPart[] }) {
  return (
    <span className="diff-text">
      {parts.map((p, i) =>
        p.added ? (
          <ins key={i} className="diff-ins">{p.value}</ins>
        ) : p.removed ? (
          <del key={i} className="diff-del">{p.value}</del>
        ) : (
          <span key={i}>{p.value}</span>
        ),
      )}
    </span>
  );
}
