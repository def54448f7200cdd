"use client";
import { useState, type FormEvent } from "react";
import type { Settings } from "@/lib/settings/settings.types";
import { apiFetch, ApiError } from "@/components/claim/api-client";

/** The newsroom settings (admin): review rules, import safety, newsroom identity. Saved with PUT /api/v1/settings. */
export function SettingsForm({ initial }: { initial: Settings }) {
  const [saved, setSaved] = useState(initial);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ kind: "error" | "success"; text: string } | null>(null);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const d = new FormData(e.currentTarget);
    const body = {
      minSources: Number(d.get("minSources")),
      allowSelfApproval: d.get("allowSelfApproval") === "on",
      allowPrivateUrlImport: d.get("allowPrivateUrlImport") === "on",
      newsroomName: String(d.get("newsroomName") ?? ""),
      newsroomUrl: String(d.get("newsroomUrl") ?? ""),
      publicationBaseUrl: String(d.get("publicationBaseUrl") ?? "").trim() || null,
    };
    try {
      const next = await apiFetch<Settings>("/api/v1/settings", { method: "PUT", body });
      setSaved(next);
      setFields({});
      setMessage({ kind: "success", text: "Settings saved." });
    } catch (err) {
      setFields(err instanceof ApiError ? err.fields : {});
      setMessage({ kind: "error", text: err instanceof ApiError ? err.message : "Could not reach the server; nothing was saved." });
    }
  }

  const inv = (k: string) => (fields[k] ? { "aria-invalid": true as const, "aria-describedby": `err-${k}` } : {});
  const err = (k: string) => (fields[k] ? <span id={`err-${k}`} className="field-error">{fields[k]}</span> : null);
  return (
    <form className="card form" onSubmit={onSubmit} noValidate style={{ maxWidth: 640 }}>
      {message ? <p role={message.kind === "error" ? "alert" : "status"} className={message.kind}>{message.text}</p> : null}
      <fieldset className="stack">
        <legend>Review</legend>
        <label>Minimum number of sources before a claim can be submitted
          <input name="minSources" type="number" min={1} max={10} defaultValue={saved.minSources} {...inv("minSources")} />{err("minSources")}
        </label>
        <label className="row" style={{ flexDirection: "row" }}>
          <input name="allowSelfApproval" type="checkbox" defaultChecked={saved.allowSelfApproval} /> Allow editors to approve claims they created or are assigned to
        </label>
      </fieldset>
      <fieldset className="stack">
        <legend>Import</legend>
        <label className="row" style={{ flexDirection: "row" }}>
          <input name="allowPrivateUrlImport" type="checkbox" defaultChecked={saved.allowPrivateUrlImport} /> Allow importing from private network addresses (intranet URLs)
        </label>
      </fieldset>
      <fieldset className="stack">
        <legend>Newsroom</legend>
        <label>Newsroom name<input name="newsroomName" defaultValue={saved.newsroomName} maxLength={200} {...inv("newsroomName")} />{err("newsroomName")}</label>
        <label>Newsroom URL<input name="newsroomUrl" type="url" defaultValue={saved.newsroomUrl} {...inv("newsroomUrl")} />{err("newsroomUrl")}</label>
        <label>Publication base URL (optional; used for ClaimReview links)
          <input name="publicationBaseUrl" type="url" defaultValue={saved.publicationBaseUrl ?? ""} {...inv("publicationBaseUrl")} />{err("publicationBaseUrl")}
        </label>
      </fieldset>
      <button type="submit" className="btn btn-primary">Save settings</button>
    </form>
  );
}
