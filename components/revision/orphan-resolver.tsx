"use client";

import { useEffect, useRef, useState } from "react";
import type { ClaimDto } from "@/lib/claim/claim.types";
import { ArticleViewer, type ArticleViewerHandle } from "@/components/editor/article-viewer";
import { trimSpan } from "@/components/editor/text-positions";
import { apiFetch, ApiError } from "@/components/claim/api-client";
import { QuoteInContext } from "@/components/revision/quote-in-context";
import type { OrphanItem, PlacedSpan } from "@/components/revision/revision-types";
import { useHydrated } from "@/components/revision/use-hydrated";

type Props = { text: string; revisionKey: string; orphans: OrphanItem[]; placed: PlacedSpan[]; onResolved: (id: string) => void };

/**
 * The claims an update could not place: each with its old quote in context, to re-attach by
 * selecting words in the current text (mouse or shift+arrows) and pressing "Re-attach here",
 * or to delete after a confirmation. Nothing is guessed on the user's behalf.
 */
export function OrphanResolver({ text, revisionKey, orphans, placed, onResolved }: Props) {
  const viewer = useRef<ArticleViewerHandle>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [confirmId, setConfirmId] = useState<string | null>(null);
  const [message, setMessage] = useState<{ kind: "error" | "success"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const isHydrated = useHydrated();
  const active = orphans.find((o) => o.id === activeId) ?? null;

  // choosing an orphan moves the caret into the text, so keyboard users can select at once
  useEffect(() => {
    if (activeId) viewer.current?.focus();
  }, [activeId]);

  async function reattach() {
    if (!active) return;
    const sel = viewer.current?.getSelection();
    const span = sel ? trimSpan(text, sel.start, sel.end) : null;
    if (!span) return setMessage({ kind: "error", text: "Select the words of the claim in the text first." });
    setBusy(true);
    try {
      const claim = await apiFetch<ClaimDto>(`/api/v1/claims/${active.id}/reattach`, { method: "POST", body: { selector: { start: span.start, end: span.end } } });
      viewer.current?.addClaim({ id: claim.id, start: claim.selector.start, end: claim.selector.end, status: claim.status });
      setMessage({ kind: "success", text: `Re-attached to “${claim.selector.exact.slice(0, 80)}”.` });
      setActiveId(null);
      onResolved(active.id);
    } catch (e) {
      setMessage({ kind: "error", text: e instanceof ApiError ? e.message : "Could not reach the server; nothing was changed." });
    } finally {
      setBusy(false);
    }
  }

  async function remove(id: string) {
    setBusy(true);
    try {
      await apiFetch(`/api/v1/claims/${id}`, { method: "DELETE" });
      setMessage({ kind: "success", text: "Orphaned claim deleted." });
      setConfirmId(null);
      if (activeId === id) setActiveId(null);
      onResolved(id);
    } catch (e) {
      setMessage({ kind: "error", text: e instanceof ApiError ? e.message : "Could not reach the server; nothing was changed." });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card stack" aria-labelledby="orphans-heading" data-testid="orphans">
      <h2 id="orphans-heading">Orphaned claims ({orphans.length})</h2>
      <p aria-live="polite" className={message ? (message.kind === "error" ? "field-error" : "success") : undefined}>{message?.text}</p>
      {orphans.length === 0 ? <p>No orphaned claims: every claim is placed on the current text.</p> : (
        <>
          <p className="small">Their words are no longer in the text. Re-attach each one to the words that now carry it, or delete it.</p>
          <ul className="orphan-list">
            {orphans.map((o) => (
              <li key={o.id} data-claim-id={o.id} className={o.id === activeId ? "is-active" : undefined}>
                <QuoteInContext exact={o.exact} prefix={o.prefix} suffix={o.suffix} />
                {o.statement ? <div className="small">Statement: {o.statement}</div> : null}
                <div className="row">
                  <button type="button" className="btn" disabled={!isHydrated} aria-pressed={o.id === activeId} onClick={() => { setActiveId(o.id === activeId ? null : o.id); setMessage(null); }}>
                    {o.id === activeId ? "Cancel re-attach" : "Re-attach…"}
                  </button>
                  {confirmId === o.id ? (
                    <span role="group" aria-label="Confirm delete" className="row">
                      <span>Delete this claim with its verdict, sources and comments?</span>
                      <button type="button" className="btn btn-danger" disabled={busy} onClick={() => remove(o.id)}>Yes, delete</button>
                      <button type="button" className="btn" onClick={() => setConfirmId(null)}>Keep it</button>
                    </span>
                  ) : (
                    <button type="button" className="btn btn-danger" disabled={!isHydrated} onClick={() => setConfirmId(o.id)}>Delete…</button>
                  )}
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="reattach-view" hidden={!active}>
        <p id="reattach-help">
          {active ? <>Select the words for “<strong>{active.exact}</strong>” in the current text below (mouse, or shift+arrow keys), then press “Re-attach here”.</> : null}
        </p>
        <ArticleViewer key={revisionKey} ref={viewer} text={text} initialClaims={placed} focusedClaimId={null} onClaimClick={() => {}} />
        <button type="button" className="btn btn-primary" disabled={busy || !active} onClick={reattach} aria-describedby="reattach-help">Re-attach here</button>
      </div>
    </section>
  );
}
