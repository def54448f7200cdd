import Link from "next/link";
import type { ReviewQueueItem } from "@/lib/review/list-review-queue";
import { formatWhen } from "@/components/review/format-when";

/** The queue itself: oldest submitted first, each row opening the review view. */
export function ReviewQueueTable({ items }: { items: ReviewQueueItem[] }) {
  if (items.length === 0) return <p className="card">Nothing is waiting for review. 🎉</p>;
  return (
    <table className="table" data-testid="review-queue">
      <caption className="visually-hidden">Claims waiting for review, oldest first</caption>
      <thead>
        <tr>
          <th scope="col">Claim</th>
          <th scope="col">Article</th>
          <th scope="col">Fact-checker</th>
          <th scope="col">Rating</th>
          <th scope="col">Submitted</th>
        </tr>
      </thead>
      <tbody>
        {items.map((c) => (
          <tr key={c.id}>
            <td>
              <Link href={`/review/${c.id}`}>{c.statement || `“${c.exact}”`}</Link>
              {c.isResubmission ? <span className="muted small"> · change to an approved claim</span> : null}
            </td>
            <td>{c.article.title}</td>
            <td>{c.factChecker.name}</td>
            <td>
              {c.rating ? (
                <span className="rating-chip"><span className="swatch" style={{ background: c.rating.colour }} aria-hidden="true" />{c.rating.label}</span>
              ) : "—"}
            </td>
            <td>{c.submittedAt ? <time dateTime={c.submittedAt}>{formatWhen(c.submittedAt)}</time> : "—"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
