import type { CreateRevisionResultDto } from "@/lib/revision/revision.types";
import { STATUS_LABEL } from "@/components/claim/claim-labels";
import type { ClaimStatusValue } from "@/lib/claim/claim.types";

/** What an update did to the claims: the four counts and each changed claim's old → new quote. */
export function UpdateSummary({ result, articleId }: { result: CreateRevisionResultDto; articleId: string }) {
  const { summary, revision } = result;
  const changed = result.claims.filter((c) => c.outcome === "FUZZY");
  return (
    <section className="card stack" aria-labelledby="update-summary-heading" data-testid="update-summary">
      <h2 id="update-summary-heading">Revision {revision.number} saved</h2>
      <p className="update-counts" role="status">
        {summary.unchanged} unchanged, {summary.moved} moved, {summary.changed} changed (back to review), {summary.orphaned} orphaned
      </p>
      {changed.length ? (
        <>
          <h3>Changed claims: their quoted words differ</h3>
          <ul className="changed-claims" data-testid="changed-claims">
            {changed.map((c) => (
              <li key={c.id} data-claim-id={c.id}>
                <del aria-label="old quote">{c.oldExact}</del> → <ins aria-label="new quote">{c.newExact}</ins>{" "}
                <span className="small">
                  ({c.previousStatus !== c.status
                    ? `${STATUS_LABEL[c.previousStatus as ClaimStatusValue]} → ${STATUS_LABEL[c.status as ClaimStatusValue]}`
                    : STATUS_LABEL[c.status as ClaimStatusValue]}
                  {c.score !== null ? `, match ${Math.round(c.score * 100)}%` : ""})
                </span>{" "}
                <a href={`/articles/${articleId}`}>open the article</a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="small">
        <a href={`/articles/${articleId}/revisions?from=${revision.number - 1}&to=${revision.number}`}>Compare with revision {revision.number - 1}</a>
      </p>
    </section>
  );
}
