import Link from "next/link";
import { CLAIM_STATUSES } from "@/lib/claim/claim-values";
import type { ArticleListDto } from "@/lib/article/article.types";
import { STATUS_GLYPH, STATUS_LABEL } from "@/components/claim/claim-labels";

function pageHref(q: string, status: string, page: number) {
  const p = new URLSearchParams();
  if (q) p.set("q", q);
  if (status) p.set("status", status);
  p.set("page", String(page));
  return `/articles?${p}`;
}

/** The article list with counts of claims by status, and paging. */
export function ArticleListTable({ list, q, status }: { list: ArticleListDto; q: string; status: string }) {
  if (!list.items.length) {
    return <p className="muted">{q || status ? "No article matches these filters." : "No articles yet. Import one to start."}</p>;
  }
  const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
  return (
    <>
      <table className="table" aria-label="Articles">
        <thead>
          <tr>
            <th scope="col">Title</th>
            <th scope="col">Publisher</th>
            <th scope="col">Published</th>
            <th scope="col">Claims</th>
          </tr>
        </thead>
        <tbody>
          {list.items.map((a) => (
            <tr key={a.id}>
              <td><Link href={`/articles/${a.id}`}>{a.title}</Link></td>
              <td>{a.publisher}</td>
              <td>{a.publishedAt ? a.publishedAt.slice(0, 10) : ""}</td>
              <td>
                {/* aria-label is ignored on a plain span: name the bare total in hidden text instead */}
                <span className="row small">
                  <strong>{a.claimCounts.total}<span className="visually-hidden"> claims:</span></strong>
                  {CLAIM_STATUSES.filter((s) => a.claimCounts[s] > 0).map((s) => (
                    <span key={s} className={`status status-${s}`} title={STATUS_LABEL[s]}>
                      <span aria-hidden="true">{STATUS_GLYPH[s]}</span> {a.claimCounts[s]} {STATUS_LABEL[s].toLowerCase()}
                    </span>
                  ))}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {pages > 1 ? (
        <nav aria-label="Pages" className="row small">
          {list.page > 1 ? <Link href={pageHref(q, status, list.page - 1)}>Previous</Link> : null}
          <span>Page {list.page} of {pages} ({list.total} articles)</span>
          {list.page < pages ? <Link href={pageHref(q, status, list.page + 1)}>Next</Link> : null}
        </nav>
      ) : null}
    </>
  );
}
