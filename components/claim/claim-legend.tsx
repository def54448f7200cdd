import { CLAIM_STATUSES } from "@/lib/claim/claim-values";
import { STATUS_GLYPH, STATUS_LABEL } from "@/components/claim/claim-labels";

/** Colour + underline pattern + glyph of each status, as used by the highlights. */
export function ClaimLegend() {
  return (
    <ul className="claim-legend" aria-label="Highlight legend">
      {CLAIM_STATUSES.map((s) => (
        <li key={s}>
          <mark className="claim-mark legend-sample" data-status={s}>{STATUS_GLYPH[s]} claim</mark> {STATUS_LABEL[s]}
        </li>
      ))}
      <li>
        <mark className="claim-mark legend-sample" data-status="DRAFT">
          outer <mark className="claim-mark" data-status="APPROVED">nested</mark>
        </mark>{" "}
        Overlapping claims stack
      </li>
    </ul>
  );
}
