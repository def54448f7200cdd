import type { ReactNode } from "react";
import type { DiffPiece } from "@/components/revision/build-diff-side";

/** One side of the diff: <del>/<ins> for changed words, one <mark> per claim over them. */
export function DiffSideView({ pieces, label, claimLabels }: { pieces: DiffPiece[]; label: string; claimLabels: ReadonlyMap<string, string> }) {
  return (
    <div className="diff-text" role="region" aria-label={label} tabIndex={0}>
      {pieces.map((p, i) => {
        let node: ReactNode = p.text;
        if (p.change === "ins") node = <ins>{node}</ins>;
        if (p.change === "del") node = <del>{node}</del>;
        for (const id of p.claimIds) {
          node = <mark data-claim-id={id} title={claimLabels.get(id)}>{node}</mark>;
        }
        return <span key={i}>{node}</span>;
      })}
    </div>
  );
}
