import type { SaveState } from "@/components/claim/use-claim-autosave";

const LABEL: Record<SaveState, string> = {
  saved: "Saved",
  dirty: "Unsaved changes…",
  saving: "Saving…",
  error: "Error — not saved",
  conflict: "Conflict — choose what to keep",
};

/** The autosave state, announced politely to screen readers. */
export function SaveStatus({ state, error, onRetry }: { state: SaveState; error: string | null; onRetry: () => void }) {
  return (
    <div className="save-status row" data-state={state}>
      <span role="status" aria-live="polite" data-testid="save-status">{LABEL[state]}</span>
      {state === "error" ? (
        <>
          {error ? <span className="small error">{error}</span> : null}
          <button type="button" className="btn btn-quiet small" onClick={onRetry}>Retry</button>
        </>
      ) : null}
    </div>
  );
}
