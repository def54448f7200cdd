import type { RevisionSummaryDto } from "@/lib/revision/revision.types";

/** The revision list and a plain GET form choosing the two revisions to compare (works without JS). */
export function RevisionPicker({ articleId, revisions, from, to }: { articleId: string; revisions: RevisionSummaryDto[]; from: number; to: number }) {
  const option = (r: RevisionSummaryDto) => (
    <option key={r.id} value={r.number}>Revision {r.number}{r.isCurrent ? " (current)" : ""} · {r.createdAt.slice(0, 16).replace("T", " ")}</option>
  );
  return (
    <section className="stack" aria-labelledby="revision-list-heading">
      <h2 id="revision-list-heading" className="visually-hidden">All revisions</h2>
      <table className="table">
        <thead><tr><th scope="col">Revision</th><th scope="col">Saved</th><th scope="col">By</th><th scope="col">Length</th><th scope="col">Note</th></tr></thead>
        <tbody>
          {revisions.map((r) => (
            <tr key={r.id}>
              <td>{r.number}{r.isCurrent ? " (current)" : ""}</td>
              <td><time dateTime={r.createdAt}>{r.createdAt.slice(0, 16).replace("T", " ")} UTC</time></td>
              <td>{r.createdBy.name}</td>
              <td>{r.length.toLocaleString("en")} characters</td>
              <td>{r.note}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form className="row revision-picker" method="get" action={`/articles/${articleId}/revisions`}>
        <label className="field">Compare<select name="from" defaultValue={from}>{revisions.map(option)}</select></label>
        <label className="field">with<select name="to" defaultValue={to}>{revisions.map(option)}</select></label>
        <button type="submit" className="btn">Show differences</button>
      </form>
    </section>
  );
}
