"use client";

import { useState } from "react";
import type { ClaimDto } from "@/lib/claim/claim.types";
import type { SourceDto } from "@/lib/source/source.types";
import { apiFetch, ApiError } from "@/components/claim/api-client";
import { SOURCE_KIND_LABEL } from "@/components/claim/claim-labels";
import { SourceForm, type SourceValues } from "@/components/claim/source-form";

type Props = {
  claim: ClaimDto;
  readOnly: boolean;
  /** runs a request in line with the claim's autosave and adopts the claim it returns */
  mutate: (fn: () => Promise<ClaimDto>) => Promise<ClaimDto>;
};

function toBody(v: SourceValues) {
  return { ...v, archiveUrl: v.archiveUrl.trim() || null };
}

/** A claim's sources: add, edit, move up/down, remove. */
export function SourcesEditor({ claim, readOnly, mutate }: Props) {
  const [editing, setEditing] = useState<string | "new" | null>(null);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const sources = claim.sources;

  async function attempt(fn: () => Promise<ClaimDto>, done: string) {
    try {
      await mutate(fn);
      setServerErrors({});
      setEditing(null);
      setMessage(done);
    } catch (e) {
      setServerErrors(e instanceof ApiError ? e.fields : {});
      setMessage(e instanceof ApiError ? `Not saved: ${e.message}` : "Not saved: the server did not answer.");
    }
  }

  function save(source: SourceDto | null, values: SourceValues) {
    if (!source) {
      return attempt(() => apiFetch<ClaimDto>(`/api/v1/claims/${claim.id}/sources`, { method: "POST", body: toBody(values) }), "Source added.");
    }
    return attempt(() => apiFetch<ClaimDto>(`/api/v1/sources/${source.id}`, { method: "PATCH", body: { version: source.version, ...toBody(values) } }), "Source saved.");
  }

  function move(index: number, delta: -1 | 1) {
    const ids = sources.map((s) => s.id);
    const [moved] = ids.splice(index, 1);
    if (!moved) return;
    ids.splice(index + delta, 0, moved);
    void attempt(() => apiFetch<ClaimDto>(`/api/v1/claims/${claim.id}/sources/reorder`, { method: "POST", body: { sourceIds: ids } }), "Sources reordered.");
  }

  function remove(source: SourceDto) {
    if (!window.confirm(`Remove the source “${source.title || source.url}”?`)) return;
    void attempt(() => apiFetch<ClaimDto>(`/api/v1/sources/${source.id}?version=${source.version}`, { method: "DELETE" }), "Source removed.");
  }

  return (
    <section className="sources" aria-labelledby={`sources-${claim.id}`}>
      <h3 id={`sources-${claim.id}`}>Sources <span className="muted small">({sources.length})</span></h3>
      <p role="status" aria-live="polite" className="small muted">{message}</p>
      <ol className="source-list">
        {sources.map((s, i) => (
          <li key={s.id} className="source-item card" data-testid="source-item">
            {editing === s.id ? (
              <SourceForm source={s} serverErrors={serverErrors} onSubmit={(v) => save(s, v)} onCancel={() => setEditing(null)} />
            ) : (
              <>
                <a href={s.url} rel="noopener noreferrer nofollow" target="_blank">{s.title || s.url}</a>
                <div className="small muted">
                  {[SOURCE_KIND_LABEL[s.kind], s.publisher, `accessed ${s.accessedAt}`].filter(Boolean).join(" · ")}
                  {s.archiveUrl ? <> · <a href={s.archiveUrl} rel="noopener noreferrer nofollow" target="_blank">archived copy</a></> : null}
                </div>
                {s.quote ? <blockquote className="source-quote small">{s.quote}</blockquote> : null}
                {!readOnly ? (
                  <div className="row small">
                    <button type="button" className="btn btn-quiet" onClick={() => setEditing(s.id)} aria-label={`Edit source ${i + 1}`}>Edit</button>
                    <button type="button" className="btn btn-quiet" disabled={i === 0} onClick={() => move(i, -1)} aria-label={`Move source ${i + 1} up`}>↑</button>
                    <button type="button" className="btn btn-quiet" disabled={i === sources.length - 1} onClick={() => move(i, 1)} aria-label={`Move source ${i + 1} down`}>↓</button>
                    <button type="button" className="btn btn-quiet btn-danger" onClick={() => remove(s)} aria-label={`Remove source ${i + 1}`}>Remove</button>
                  </div>
                ) : null}
              </>
            )}
          </li>
        ))}
      </ol>
      {!readOnly && editing === "new" ? (
        <SourceForm source={null} serverErrors={serverErrors} onSubmit={(v) => save(null, v)} onCancel={() => setEditing(null)} />
      ) : null}
      {!readOnly && editing !== "new" ? (
        <button type="button" className="btn" onClick={() => { setServerErrors({}); setEditing("new"); }}>Add source</button>
      ) : null}
    </section>
  );
}
