import Link from "next/link";
import type { Role } from "@/lib/generated/prisma/enums";
import type { ReviewView as ReviewViewData } from "@/lib/review/get-review-view";
import type { ClaimStatusValue } from "@/lib/claim/claim.types";
import { ClaimDiff } from "@/components/review/claim-diff";
import { ReviewActions } from "@/components/review/review-actions";
import { DECISION_LABEL } from "@/components/review/review-labels";
import { formatWhen } from "@/components/review/format-when";

/** What an editor reviews: the claim in its article context, verdict, sources, the diff, and the decision buttons. */
export function ReviewView({ view, role, allowSelfApproval }: { view: ReviewViewData; role: Role; allowSelfApproval: boolean }) {
  const c = view.current;
  const status = view.status as ClaimStatusValue;
  return (
    <div className="review-layout">
      <div className="stack">
        <section className="card stack" aria-labelledby="claim-heading">
          <h2 id="claim-heading">Claim</h2>
          <p className="review-statement"><strong>{c.statement || "(no statement yet)"}</strong></p>
          <p className="muted small">Claimant: {c.claimant || "—"} · Fact-checker: {view.factChecker.name} · <span className={`status status-${status}`}>{status.replace("_", " ").toLowerCase()}</span> · version {view.version}</p>
          <figure className="article-context">
            <blockquote>
              …{view.context.prefix}<mark>{view.context.exact}</mark>{view.context.suffix}…
            </blockquote>
            <figcaption className="small">In <Link href={`/articles/${view.articleId}?claim=${view.id}`}>{view.articleTitle}</Link></figcaption>
          </figure>
          {view.quoteChange ? (
            <p className="notice small" data-testid="quote-change">
              The article was corrected (revision {view.quoteChange.fromRevision} → {view.quoteChange.toRevision}) and the quoted words changed:{" "}
              <del>{view.quoteChange.oldExact}</del> → <ins>{view.quoteChange.newExact}</ins>
            </p>
          ) : null}
        </section>
        <section className="card stack" aria-labelledby="verdict-heading">
          <h2 id="verdict-heading">Verdict</h2>
          <p><strong>{c.verdict?.rating?.label ?? "No rating"}</strong> — {c.verdict?.summary || "no summary"}</p>
          {c.verdict?.explanationText ? <p className="pre-wrap">{c.verdict.explanationText}</p> : null}
        </section>
        <section className="card stack" aria-labelledby="sources-heading">
          <h2 id="sources-heading">Sources ({c.sources.length})</h2>
          <ol className="stack">
            {c.sources.map((s) => (
              <li key={s.url}>
                <a href={s.url} rel="noopener noreferrer nofollow" target="_blank">{s.title || s.url}</a>
                <span className="muted small"> {[s.publisher, s.kind.replace("_", " ").toLowerCase(), s.accessedAt && `accessed ${s.accessedAt}`].filter(Boolean).join(" · ")}</span>
                {s.quote ? <blockquote className="small">“{s.quote}”</blockquote> : null}
                {s.archiveUrl ? <div className="small"><a href={s.archiveUrl} rel="noopener noreferrer nofollow" target="_blank">Archived copy</a></div> : null}
              </li>
            ))}
          </ol>
        </section>
        {view.diff && view.diffBase && status !== "APPROVED" ? <ClaimDiff diff={view.diff} base={view.diffBase} /> : null}
      </div>
      <aside className="stack">
        <section className="card stack" aria-labelledby="decide-heading">
          <h2 id="decide-heading">Decision</h2>
          <ReviewActions claimId={view.id} status={status} version={view.version} role={role} isOwnClaim={view.isOwnClaim} allowSelfApproval={allowSelfApproval} />
          <Link href={`/claims/${view.id}/history`}>History of this claim</Link>
        </section>
        {view.reviews.length > 0 ? (
          <section className="card" aria-labelledby="reviews-heading">
            <h2 id="reviews-heading">Earlier decisions</h2>
            <ul className="stack plain-list">
              {view.reviews.map((r, i) => (
                <li key={i}>
                  <strong>{DECISION_LABEL[r.decision] ?? r.decision}</strong> by {r.reviewer}, <time dateTime={r.at}>{formatWhen(r.at)}</time> (v{r.claimVersion})
                  {r.note ? <p className="pre-wrap small">{r.note}</p> : null}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </aside>
    </div>
  );
}
