import type { FieldDiff } from "@/lib/review/diff-claim-snapshots";
import { DiffParts } from "@/components/review/diff-parts";
import { formatWhen } from "@/components/review/format-when";

/**
 * Field-by-field differences between the approved (or sent-back) version and the current one. Each row
 * shows the field, then the word diff; a source added or removed says so in words.
 */
export function ClaimDiff({ diff, base }: { diff: FieldDiff[]; base: { kind: "approved" | "sentBack"; at: string | null } }) {
  const what = base.kind === "approved" ? "the approved version" : "the version sent back";
  return (
    <section className="card stack" aria-labelledby="diff-heading" data-testid="claim-diff">
      <h2 id="diff-heading">Changes since {what}</h2>
      {base.at ? <p className="muted small">Compared with {what} of <time dateTime={base.at}>{formatWhen(base.at)}</time>.</p> : null}
      {diff.length === 0 ? (
        <p>No field differs from {what}.</p>
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
