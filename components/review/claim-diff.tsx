import type { FieldDiff } from "@/lib/review/diff-claim-snapshots";
import { DiffParts } from "@/components/review/diff-parts";

/**
 * Field-by-field differences between the approved version and the proposed one. Each row
 * shows the field, then the word diff; a source added or removed says so in words.
 */
export function ClaimDiff({ diff, approvedAt }: { diff: FieldDiff[]; approvedAt: string | null }) {
  return (
    <section className="card stack" aria-labelledby="diff-heading" data-testid="claim-diff">
      <h2 id="diff-heading">Changes since the approved version</h2>
      {approvedAt ? <p className="muted small">Approved version of {new Date(approvedAt).toLocaleString("en-GB")}.</p> : null}
      {diff.length === 0 ? (
        <p>No field differs from the approved version.</p>
      ) : (
        <table className="table diff-table">
          <thead>
            <tr><th scope="col">Field</th><th scope="col">Change (<del className="diff-del">removed</del> / <ins className="diff-ins">added</ins>)</th></tr>
          </thead>
          <tbody>
            {diff.map((d) => (
              <tr key={d.field}>
                <th scope="row">
                  {d.label}
                  {!d.before ? <span className="muted small"> (added)</span> : !d.after ? <span className="muted small"> (removed)</span> : null}
                </th>
                <td className="pre-wrap"><DiffParts parts={d.parts} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
