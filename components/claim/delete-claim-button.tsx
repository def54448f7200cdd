"use client";

import { useRef, useState } from "react";
import { apiFetch, ApiError } from "@/components/claim/api-client";

/** Deletes a claim after a confirmation dialog (the server records it in the audit trail). */
export function DeleteClaimButton({ claimId, quote, onDeleted }: { claimId: string; quote: string; onDeleted: (id: string) => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function confirm() {
    setBusy(true);
    try {
      await apiFetch(`/api/v1/claims/${claimId}`, { method: "DELETE" });
      dialog.current?.close();
      onDeleted(claimId);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : "Could not delete: the server did not answer.");
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <button type="button" className="btn btn-danger" onClick={() => { setError(null); dialog.current?.showModal(); }}>
        Delete claim
      </button>
      <dialog ref={dialog} className="card" aria-labelledby={`delete-${claimId}-title`}>
        <h2 id={`delete-${claimId}-title`}>Delete this claim?</h2>
        <p>“{quote.slice(0, 200)}” — its research, verdict, sources and comments will be deleted. This cannot be undone.</p>
        {error ? <p className="error" role="alert">{error}</p> : null}
        <div className="row">
          <button type="button" className="btn btn-danger" onClick={() => void confirm()} disabled={busy}>Delete</button>
          <button type="button" className="btn" onClick={() => dialog.current?.close()} autoFocus>Keep it</button>
        </div>
      </dialog>
    </>
  );
}
