"use client";

import { useId, useState, type FormEvent } from "react";
import type { ImportPreviewDto } from "@/lib/article/article.types";
import { apiFetch, ApiError } from "@/components/claim/api-client";
import { detectFileKind, detectPastedKind, type ImportKind } from "@/components/import/detect-import-kind";

type Mode = "paste" | "upload" | "url";

/** Step 1 of importing: paste text/HTML, upload a .txt/.html/.md file, or give a URL; the server extracts a preview. */
export function ImportSourceForm({ onPreview }: { onPreview: (p: ImportPreviewDto) => void }) {
  const id = useId();
  const [mode, setMode] = useState<Mode>("paste");
  const [pasted, setPasted] = useState("");
  const [file, setFile] = useState<File | null>(null);
  const [url, setUrl] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function preview(kind: ImportKind, content: string, filename?: string) {
    return apiFetch<ImportPreviewDto>("/api/v1/articles/preview", { method: "POST", body: { kind, content, ...(filename ? { filename } : {}) } });
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    setBusy(true);
    try {
      if (mode === "paste") {
        if (!pasted.trim()) throw new Error("Paste the article's text or HTML first.");
        onPreview(await preview(detectPastedKind(pasted), pasted));
      } else if (mode === "upload") {
        if (!file) throw new Error("Choose a .txt, .html or .md file first.");
        const kind = detectFileKind(file.name, file.type);
        if (!kind) throw new Error("Only .txt, .html and .md files can be imported.");
        onPreview(await preview(kind, await file.text(), file.name));
      } else {
        if (!url.trim()) throw new Error("Give the article's address first.");
        onPreview(await apiFetch<ImportPreviewDto>("/api/v1/articles/import-url", { method: "POST", body: { url: url.trim() } }));
      }
    } catch (err) {
      const fields = err instanceof ApiError ? Object.entries(err.fields).map(([k, v]) => `${k} ${v}`).join("; ") : "";
      setError(err instanceof Error ? `${err.message}${fields ? ` (${fields})` : ""}` : "Something went wrong.");
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card stack" onSubmit={submit} aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Where is the article?</h2>
      <fieldset className="row plain">
        <legend className="visually-hidden">Import from</legend>
        {([["paste", "Paste text or HTML"], ["upload", "Upload a file"], ["url", "From a URL"]] as const).map(([m, label]) => (
          <label key={m} className="row small">
            <input type="radio" name="import-mode" value={m} checked={mode === m} onChange={() => setMode(m)} /> {label}
          </label>
        ))}
      </fieldset>
      {mode === "paste" ? (
        <label className="field" htmlFor={`${id}-paste`}>
          Article text or HTML (HTML is detected and cleaned)
          <textarea id={`${id}-paste`} rows={14} value={pasted} onChange={(e) => setPasted(e.target.value)} />
        </label>
      ) : null}
      {mode === "upload" ? (
        <label className="field" htmlFor={`${id}-file`}>
          File (.txt, .html or .md)
          <input id={`${id}-file`} type="file" accept=".txt,.html,.htm,.md,.markdown,text/plain,text/html,text/markdown" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </label>
      ) : null}
      {mode === "url" ? (
        <label className="field" htmlFor={`${id}-url`}>
          Article URL (http or https)
          <input id={`${id}-url`} type="url" value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://" />
        </label>
      ) : null}
      <div className="row">
        <button type="submit" className="btn btn-primary" disabled={busy}>{busy ? "Extracting…" : "Preview"}</button>
      </div>
      <div role="status" aria-live="polite">{error ? <p className="error">{error}</p> : null}</div>
    </form>
  );
}
