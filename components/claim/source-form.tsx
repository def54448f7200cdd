"use client";

import { useId, useState, type FormEvent, type ReactNode } from "react";
import type { SourceDto } from "@/lib/source/source.types";
import { SOURCE_KINDS, type SourceKindValue } from "@/lib/source/source-values";
import { loadInputSchemas } from "@/components/claim/input-schemas";
import { SOURCE_KIND_LABEL } from "@/components/claim/claim-labels";

export type SourceValues = {
  url: string; title: string; publisher: string; quote: string; accessedAt: string; kind: SourceKindValue; archiveUrl: string;
};

/** Today's date in the user's time zone as YYYY-MM-DD (the accessed date's default). */
export function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

function valuesOf(s: SourceDto | null): SourceValues {
  return {
    url: s?.url ?? "", title: s?.title ?? "", publisher: s?.publisher ?? "", quote: s?.quote ?? "",
    accessedAt: s?.accessedAt ?? localToday(), kind: s?.kind ?? "NEWS_REPORT", archiveUrl: s?.archiveUrl ?? "",
  };
}

type Props = {
  source: SourceDto | null;
  /** field errors from the server, keyed by field name */
  serverErrors?: Record<string, string>;
  onSubmit: (values: SourceValues) => Promise<void>;
  onCancel: () => void;
};

/**
 * Add or edit one source. Validated in the browser with the same zod schema the server
 * uses, so a bad URL is reported at the field before anything is sent.
 */
export function SourceForm({ source, serverErrors, onSubmit, onCancel }: Props) {
  const id = useId();
  const [values, setValues] = useState(() => valuesOf(source));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const shown = { ...serverErrors, ...errors };

  function set<K extends keyof SourceValues>(k: K, v: SourceValues[K]) {
    setValues((old) => ({ ...old, [k]: v }));
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    const { createSourceInputSchema } = await loadInputSchemas();
    const parsed = createSourceInputSchema.safeParse({ ...values, archiveUrl: values.archiveUrl.trim() || null });
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0] ?? "form"), i.message])));
      const first = parsed.error.issues[0]?.path[0];
      if (first) document.getElementById(`${id}-${String(first)}`)?.focus();
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      await onSubmit(values);
    } finally {
      setBusy(false);
    }
  }

  const field = (k: keyof SourceValues, label: string, input: ReactNode) => (
    <label className="field" htmlFor={`${id}-${k}`}>
      {label}
      {input}
      {shown[k] ? <span className="field-error" aria-hidden="true" id={`${id}-${k}-error`}>{label}: {shown[k]}</span> : null}
    </label>
  );
  const common = (k: keyof SourceValues) => ({
    id: `${id}-${k}`,
    name: k,
    "aria-invalid": shown[k] ? true : undefined,
    "aria-describedby": shown[k] ? `${id}-${k}-error` : undefined,
  });

  return (
    <form className="source-form stack card" onSubmit={submit} noValidate aria-label={source ? "Edit source" : "New source"}>
      {field("url", "URL", <input {...common("url")} type="url" required value={values.url} onChange={(e) => set("url", e.target.value)} placeholder="https://" />)}
      {field("title", "Title", <input {...common("title")} value={values.title} onChange={(e) => set("title", e.target.value)} />)}
      {field("publisher", "Publisher", <input {...common("publisher")} value={values.publisher} onChange={(e) => set("publisher", e.target.value)} />)}
      {field("quote", "Quoted passage", <textarea {...common("quote")} value={values.quote} onChange={(e) => set("quote", e.target.value)} />)}
      <div className="row">
        {field("accessedAt", "Accessed", <input {...common("accessedAt")} type="date" value={values.accessedAt} onChange={(e) => set("accessedAt", e.target.value)} />)}
        {field("kind", "Kind", (
          <select {...common("kind")} value={values.kind} onChange={(e) => set("kind", e.target.value as SourceKindValue)}>
            {SOURCE_KINDS.map((k) => <option key={k} value={k}>{SOURCE_KIND_LABEL[k]}</option>)}
          </select>
        ))}
      </div>
      {field("archiveUrl", "Archive URL (optional)", <input {...common("archiveUrl")} type="url" value={values.archiveUrl} onChange={(e) => set("archiveUrl", e.target.value)} placeholder="https://web.archive.org/…" />)}
      <div className="row">
        <button type="submit" className="btn btn-primary" disabled={busy}>{source ? "Save source" : "Add source"}</button>
        <button type="button" className="btn" onClick={onCancel}>Cancel</button>
      </div>
    </form>
  );
}
