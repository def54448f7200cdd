"use client";

import { useState } from "react";
import type { CreateRevisionResultDto } from "@/lib/revision/revision.types";
import { apiFetch, ApiError } from "@/components/claim/api-client";
import { useHydrated } from "@/components/revision/use-hydrated";

type Mode = "text" | "html" | "url";

/**
 * The correction form: paste the corrected text (prefilled with the current one), paste the
 * page's HTML, or re-fetch the source URL. The server normalises and re-anchors; refusals
 * ("no change", bad input, a concurrent update) are shown next to the form.
 */
export function UpdateTextForm(props: { articleId: string; currentText: string; sourceUrl: string | null; onDone: (r: CreateRevisionResultDto) => void }) {
  const [mode, setMode] = useState<Mode>("text");
  const isHydrated = useHydrated();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    // hydration resets a textarea, so fields stay read-only until then; read them on submit
    const form = new FormData(e.currentTarget);
    const field = (name: string) => String(form.get(name) ?? "");
    const note = field("note");
    setBusy(true);
    setError(null);
    const body = mode === "text" ? { text: field("text") } : mode === "html" ? { html: field("html") } : { url: field("url").trim() || null };
    try {
      props.onDone(await apiFetch<CreateRevisionResultDto>(`/api/v1/articles/${props.articleId}/revisions`, { method: "POST", body: { ...body, ...(note.trim() ? { note } : {}) } }));
    } catch (err) {
      setError(err instanceof ApiError ? err.message + (Object.keys(err.fields).length ? ` (${Object.entries(err.fields).map(([k, v]) => `${k} ${v}`).join("; ")})` : "") : "Could not reach the server; nothing was saved.");
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card form" onSubmit={submit} aria-labelledby="update-form-heading">
      <h2 id="update-form-heading">Corrected text</h2>
      <fieldset className="row">
        <legend>Take the correction from</legend>
        {(["text", "html", "url"] as const).map((m) => (
          <label key={m} className="row">
            <input type="radio" name="mode" value={m} checked={mode === m} onChange={() => setMode(m)} />
            {m === "text" ? "Pasted text" : m === "html" ? "Pasted HTML" : "Re-fetch the URL"}
          </label>
        ))}
      </fieldset>
      {mode === "text" ? (
        <label>Corrected article text<textarea name="text" rows={18} defaultValue={props.currentText} readOnly={!isHydrated} required /></label>
      ) : mode === "html" ? (
        <label>Corrected page HTML<textarea name="html" rows={18} readOnly={!isHydrated} required /></label>
      ) : (
        <label>Page URL<input type="url" name="url" defaultValue={props.sourceUrl ?? ""} required /></label>
      )}
      <label>Note (optional)<input name="note" maxLength={1000} placeholder="e.g. Correction appended 2 Aug" /></label>
      {error ? <p className="field-error" role="alert">{error}</p> : null}
      <div className="row">
        <button type="submit" className="btn btn-primary" disabled={busy || !isHydrated}>{busy ? "Saving…" : "Save as new revision"}</button>
      </div>
    </form>
  );
}
