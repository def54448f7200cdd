"use client";
import { useState } from "react";
import type { ExportableArticle } from "@/lib/export/list-exportable-articles";
import { articleExportUrl, EXPORT_FORMAT_OPTIONS, type ExportStatusChoice } from "./export-formats";

/** The article table with one download link per format; a status choice for roles that may export drafts. */
export function ExportArticles({ items, total, mayExportAll }: { items: ExportableArticle[]; total: number; mayExportAll: boolean }) {
  const [status, setStatus] = useState<ExportStatusChoice>(mayExportAll ? "all" : "approved");
  return (
    <section aria-labelledby="per-article-title" className="card stack">
      <h2 id="per-article-title">Articles</h2>
      {mayExportAll ? (
        <fieldset className="row" style={{ border: "none", padding: 0 }}>
          <legend className="small">Claims to include</legend>
          <label className="row small">
            <input type="radio" name="export-status" value="approved" checked={status === "approved"} onChange={() => setStatus("approved")} />
            Approved only
          </label>
          <label className="row small">
            <input type="radio" name="export-status" value="all" checked={status === "all"} onChange={() => setStatus("all")} />
            All claims (drafts and claims in review too)
          </label>
        </fieldset>
      ) : (
        <p className="small muted">Exports hold approved claims only.</p>
      )}
      {items.length === 0 ? <p>No articles to export yet.</p> : null}
      {items.length < total ? <p className="small muted">Showing the {items.length} most recently updated of {total} articles; use the bulk export for all.</p> : null}
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Article</th>
            <th scope="col">Approved claims</th>
            <th scope="col">Download</th>
          </tr>
        </thead>
        <tbody>
          {items.map((a) => (
            <tr key={a.id} data-testid="export-row">
              <th scope="row" style={{ fontWeight: 500 }}>
                <a href={`/articles/${encodeURIComponent(a.id)}`}>{a.title}</a>
                {a.publisher ? <div className="small muted">{a.publisher}</div> : null}
              </th>
              <td>
                {a.approvedClaims}
                {mayExportAll && a.visibleClaims !== a.approvedClaims ? <span className="small muted"> of {a.visibleClaims}</span> : null}
              </td>
              <td>
                <ul className="row" style={{ listStyle: "none", margin: 0, padding: 0 }} aria-label={`Download ${a.title}`}>
                  {EXPORT_FORMAT_OPTIONS.map((f) => (
                    <li key={f.format}>
                      <a className="btn small" href={articleExportUrl(a.id, f.format, status)} download title={f.title}
                        aria-label={`${f.label} of ${a.title}`}>
                        {f.label}
                      </a>
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
