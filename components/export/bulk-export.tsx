"use client";
import { useRef, useState, type FormEvent } from "react";
import { bulkFilename, readNdjsonDownload, saveBlob, type DownloadProgress } from "./read-ndjson-download";

type State = { kind: "idle" } | { kind: "running"; progress: DownloadProgress } | { kind: "done"; progress: DownloadProgress } | { kind: "cancelled" } | { kind: "error"; message: string };

const kB = (bytes: number) => (bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} kB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

/** Bulk NDJSON download of every matching article, with progress and cancel. */
export function BulkExport({ mayExportAll }: { mayExportAll: boolean }) {
  const [state, setState] = useState<State>({ kind: "idle" });
  const abort = useRef<AbortController | null>(null);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const params = new URLSearchParams({ format: "ndjson", status: String(form.get("status") ?? "approved") });
    const since = String(form.get("since") ?? "");
    if (since) params.set("since", since);
    const controller = new AbortController();
    abort.current = controller;
    setState({ kind: "running", progress: { articles: 0, bytes: 0, total: null } });
    try {
      let last: DownloadProgress = { articles: 0, bytes: 0, total: null };
      const blob = await readNdjsonDownload(`/api/v1/export?${params}`, controller.signal, (p) => {
        last = p;
        setState({ kind: "running", progress: p });
      });
      saveBlob(blob, bulkFilename());
      setState({ kind: "done", progress: last });
    } catch (err) {
      if (controller.signal.aborted) setState({ kind: "cancelled" });
      else setState({ kind: "error", message: err instanceof Error ? err.message : String(err) });
    } finally {
      abort.current = null;
    }
  }

  const running = state.kind === "running";
  const progress = state.kind === "running" || state.kind === "done" ? state.progress : null;
  const text = progress
    ? `${progress.articles}${progress.total !== null ? ` of ${progress.total}` : ""} articles, ${kB(progress.bytes)}`
    : "";

  return (
    <section aria-labelledby="bulk-title" className="card stack">
      <h2 id="bulk-title">Bulk export</h2>
      <p className="small muted">Every matching article as NDJSON: one native JSON article per line.</p>
      <form className="row" onSubmit={onSubmit} aria-label="Bulk export">
        <label className="field">
          Claims
          <select name="status" defaultValue="approved" disabled={running}>
            <option value="approved">Approved only</option>
            {mayExportAll ? <option value="all">All claims</option> : null}
          </select>
        </label>
        <label className="field">
          Changed since (optional)
          <input type="date" name="since" disabled={running} />
        </label>
        <button type="submit" className="btn btn-primary" disabled={running}>Download NDJSON</button>
        {running ? (
          <button type="button" className="btn" onClick={() => abort.current?.abort()}>Cancel</button>
        ) : null}
      </form>
      {progress ? (
        <div className="stack" style={{ gap: ".25rem" }}>
          <label htmlFor="bulk-progress" className="small">Bulk export progress</label>
          <progress id="bulk-progress" max={progress.total || 1} value={progress.total ? Math.min(progress.articles, progress.total) : state.kind === "done" ? 1 : undefined}>
            {text}
          </progress>
          <p className="small" role="status" aria-live="polite" data-testid="bulk-progress-text">
            {state.kind === "done" ? `Done: ${text}. Saved ${bulkFilename()}.` : `Received ${text}…`}
          </p>
        </div>
      ) : null}
      {state.kind === "cancelled" ? <p className="notice" role="status">Bulk export cancelled.</p> : null}
      {state.kind === "error" ? <p className="error" role="alert">{state.message}</p> : null}
    </section>
  );
}
