import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { listSentBack } from "@/lib/review/list-sent-back";
import { formatWhen } from "@/components/review/format-when";
import "@/components/review/review.css";

export const metadata: Metadata = { title: "Sent back to me" };

export default async function SentBackPage() {
  const actor = await requirePageActor("claim.update");
  const items = await listSentBack({ actor });
  return (
    <div className="stack">
      <h1>Sent back to me</h1>
      <p className="muted">Claims an editor returned to you with a note. Fix them in the article, then submit them again.</p>
      {items.length === 0 ? (
        <p className="card">Nothing has been sent back to you.</p>
      ) : (
        <ul className="plain-list stack" data-testid="sent-back">
          {items.map((c) => (
            <li key={c.id} className="card stack">
              <div>
                <Link href={`/articles/${c.article.id}?claim=${c.id}`}><strong>{c.statement || `“${c.exact}”`}</strong></Link>
                <span className="muted small"> in {c.article.title}</span>
              </div>
              <blockquote className="notice pre-wrap" style={{ margin: 0 }}>
                <span className="visually-hidden">Editor's note: </span>{c.note || "(no note)"}
              </blockquote>
              <p className="muted small" style={{ margin: 0 }}>
                {c.reviewer ? `${c.reviewer.name}, ` : ""}{c.sentBackAt ? <time dateTime={c.sentBackAt}>{formatWhen(c.sentBackAt)}</time> : null}
                {" · "}<Link href={`/claims/${c.id}/history`}>History</Link>
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
