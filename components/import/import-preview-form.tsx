"use client";

import { useId, useState, type FormEvent } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { createArticleInputSchema, type ArticleDto, type ImportPreviewDto } from "@/lib/article/article.types";
import { apiFetch, ApiError } from "@/components/claim/api-client";

type Meta = { title: string; sourceUrl: string; publisher: string; byline: string; publishedAt: string; language: string };

function metaOf(p: ImportPreviewDto): Meta {
  return {
    title: p.title, sourceUrl: p.sourceUrl ?? "", publisher: p.publisher ?? "", byline: p.byline ?? "",
    publishedAt: p.publishedAt ? p.publishedAt.slice(0, 10) : "", language: p.language ?? "en",
  };
}

const FIELDS: { key: keyof Meta; label: string; type?: string }[] = [
  { key: "title", label: "Title" },
  { key: "sourceUrl", label: "Source URL", type: "url" },
  { key: "publisher", label: "Publisher" },
  { key: "byline", label: "Byline" },
  { key: "publishedAt", label: "Published date", type: "date" },
  { key: "language", label: "Language code" },
];

/** Step 2 of importing: the extracted text and editable metadata; saving creates the article. */
export function ImportPreviewForm({ preview, onBack }: { preview: ImportPreviewDto; onBack: () => void }) {
  const id = useId();
  const router = useRouter();
  const [meta, setMeta] = useState(() => metaOf(preview));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [existingId, setExistingId] = useState(preview.existingArticleId);
  const [busy, setBusy] = useState(false);
  const paragraphs = preview.text.split("\n\n");

  async function save(e: FormEvent) {
    e.preventDefault();
    const body = {
      title: meta.title, text: preview.text, sourceUrl: meta.sourceUrl.trim() || null, publisher: meta.publisher, byline: meta.byline,
      dateline: preview.dateline, publishedAt: meta.publishedAt || null, language: meta.language, sourceHtml: preview.sanitizedHtml,
    };
    const parsed = createArticleInputSchema.safeParse(body);
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])));
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const article = await apiFetch<ArticleDto>("/api/v1/articles", { method: "POST", body: parsed.data });
      router.push(`/articles/${article.id}`);
    } catch (err) {
      if (err instanceof ApiError && typeof err.body.existingArticleId === "string") setExistingId(err.body.existingArticleId);
      setErrors(err instanceof ApiError ? err.fields : {});
      setError(err instanceof ApiError ? err.message : "Could not save: the server did not answer.");
      setBusy(false);
    }
  }

  return (
    <form className="stack" onSubmit={save} noValidate aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Preview</h2>
      {existingId ? (
        <p className="notice" role="alert">
          This article was already imported — <Link href={`/articles/${existingId}`}>open it</Link>.
        </p>
      ) : null}
      {preview.warnings.length ? (
        <ul className="notice" aria-label="Warnings">
          {preview.warnings.map((w) => <li key={w}>{w}</li>)}
        </ul>
      ) : null}
      <fieldset className="card stack">
        <legend>Metadata</legend>
        {FIELDS.map((f) => (
          <label key={f.key} className="field" htmlFor={`${id}-${f.key}`}>
            {f.label}
            <input
              id={`${id}-${f.key}`}
              name={f.key}
              type={f.type ?? "text"}
              value={meta[f.key]}
              onChange={(e) => setMeta((m) => ({ ...m, [f.key]: e.target.value }))}
              aria-invalid={errors[f.key] ? true : undefined}
              aria-describedby={errors[f.key] ? `${id}-${f.key}-err` : undefined}
            />
            {errors[f.key] ? <span className="field-error" aria-hidden="true" id={`${id}-${f.key}-err`}>{f.label}: {errors[f.key]}</span> : null}
          </label>
        ))}
      </fieldset>
      <section className="card" aria-labelledby={`${id}-text`}>
        <h3 id={`${id}-text`}>Extracted text <span className="small muted">({paragraphs.length} paragraphs, {preview.text.length.toLocaleString()} characters)</span></h3>
        <div className="import-text" data-testid="import-text" tabIndex={0} aria-label="Extracted article text">
          {paragraphs.map((p, i) => <p key={i}>{p}</p>)}
        </div>
      </section>
      {error ? <p className="error" role="alert">{error}</p> : null}
      <div className="row">
        <button type="submit" className="btn btn-primary" disabled={busy || !preview.text.trim()}>{busy ? "Saving…" : "Save article"}</button>
        <button type="button" className="btn" onClick={onBack}>Back</button>
      </div>
    </form>
  );
}
