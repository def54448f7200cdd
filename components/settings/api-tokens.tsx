"use client";
import { useState, type FormEvent } from "react";
import type { ApiTokenDto } from "@/lib/token/token.types";

type ErrorBody = { error?: { message?: string; fields?: Record<string, string> } };

/** Personal API tokens: create (shown once), list with last use, revoke. */
export function ApiTokens({ initialTokens }: { initialTokens: ApiTokenDto[] }) {
  const [tokens, setTokens] = useState(initialTokens);
  const [created, setCreated] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});

  async function onCreate(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const body = {
      name: String(form.get("name") ?? ""),
      scopes: form.getAll("scopes").map(String),
      expiresAt: form.get("expiresAt") ? String(form.get("expiresAt")) : null,
    };
    const res = await fetch("/api/v1/tokens", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    const json = (await res.json()) as ErrorBody & { token?: string; apiToken?: ApiTokenDto };
    if (!res.ok || !json.apiToken) {
      setError(json.error?.message ?? "Could not create the token");
      setFields(json.error?.fields ?? {});
      return;
    }
    setError(null);
    setFields({});
    setCreated(json.token ?? null);
    setTokens((t) => [json.apiToken!, ...t]);
    e.currentTarget.reset();
  }

  async function revoke(id: string) {
    if (!window.confirm("Revoke this token? Scripts using it will stop working at once.")) return;
    const res = await fetch(`/api/v1/tokens/${encodeURIComponent(id)}`, { method: "DELETE" });
    const json = (await res.json()) as ErrorBody & { token?: ApiTokenDto };
    if (res.ok && json.token) setTokens((ts) => ts.map((t) => (t.id === id ? json.token! : t)));
    else setError(json.error?.message ?? "Could not revoke");
  }

  return (
    <section aria-labelledby="tokens-title" className="card stack">
      <h2 id="tokens-title">API tokens</h2>
      <p className="muted small">
        For scripts: send <code>Authorization: Bearer &lt;token&gt;</code> to <code>/api/v1</code>. A token can do what your role allows,
        narrowed to its scopes: <em>read</em> (GET), <em>export</em> (downloads), <em>write</em> (changes).
      </p>
      {created ? (
        <div className="success" role="status">
          <p>Copy your new token now — it will not be shown again:</p>
          <code data-testid="new-token" style={{ userSelect: "all", wordBreak: "break-all" }}>{created}</code>
        </div>
      ) : null}
      {error ? <p className="error" role="alert">{error}</p> : null}
      <form onSubmit={onCreate} className="row" aria-label="Create an API token">
        <label className="field">
          Name
          <input name="name" required maxLength={100} aria-invalid={!!fields.name} />
        </label>
        <fieldset className="row" style={{ border: "none" }} aria-invalid={!!fields.scopes}>
          <legend className="small">Scopes</legend>
          {(["read", "export", "write"] as const).map((s) => (
            <label key={s} className="row small">
              <input type="checkbox" name="scopes" value={s} defaultChecked={s === "read"} /> {s}
            </label>
          ))}
        </fieldset>
        <label className="field">
          Expires (optional)
          <input name="expiresAt" type="date" aria-invalid={!!fields.expiresAt} />
        </label>
        <button className="btn btn-primary" type="submit">Create token</button>
      </form>
      {Object.entries(fields).map(([k, v]) => (
        <p key={k} className="field-error">{k}: {v}</p>
      ))}
      <table className="table">
        <thead>
          <tr><th>Name</th><th>Token</th><th>Scopes</th><th>Expires</th><th>Last used</th><th>Status</th><th /></tr>
        </thead>
        <tbody>
          {tokens.length === 0 ? (
            <tr><td colSpan={7} className="muted">No tokens yet.</td></tr>
          ) : (
            tokens.map((t) => (
              <tr key={t.id}>
                <td>{t.name}</td>
                <td><code>{t.prefix}…</code></td>
                <td>{t.scopes.join(", ")}</td>
                <td>{t.expiresAt ? new Date(t.expiresAt).toLocaleDateString() : "never"}</td>
                <td>{t.lastUsedAt ? new Date(t.lastUsedAt).toLocaleString() : "never"}</td>
                <td>{t.revokedAt ? "revoked" : t.expiresAt && new Date(t.expiresAt) < new Date() ? "expired" : "active"}</td>
                <td>{t.revokedAt ? null : <button type="button" className="btn btn-danger" onClick={() => void revoke(t.id)}>Revoke</button>}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </section>
  );
}
