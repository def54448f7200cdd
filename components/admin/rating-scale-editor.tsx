"use client";
import { useState } from "react";
import type { RatingScaleEntryDto } from "@/lib/rating-scale/rating-scale.types";
import { apiFetch, ApiError } from "@/components/claim/api-client";

type Row = { key: string; label: string; description: string; value: number | null; colour: string; retired: boolean; isNew: boolean };

const toRow = (e: RatingScaleEntryDto): Row => ({ key: e.key, label: e.label, description: e.description, value: e.value, colour: e.colour, retired: e.retired, isNew: false });

/**
 * Edits the rating scale: label, order, numeric value (ClaimReview ratingValue), colour,
 * retirement. Keys are fixed once saved. A rating used by verdicts has no Delete button —
 * it can only be retired (the server refuses the deletion too).
 */
export function RatingScaleEditor({ initial, usage }: { initial: RatingScaleEntryDto[]; usage: Record<string, number> }) {
  const [rows, setRows] = useState<Row[]>(() => initial.map(toRow));
  const [message, setMessage] = useState<{ kind: "error" | "success"; text: string; fields?: Record<string, string> } | null>(null);
  const set = (i: number, patch: Partial<Row>) => setRows((r) => r.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  const move = (i: number, d: -1 | 1) => setRows((r) => {
    const next = [...r];
    const [item] = next.splice(i, 1);
    next.splice(i + d, 0, item!);
    return next;
  });

  async function save() {
    try {
      const body = { entries: rows.map(({ key, label, description, value, colour, retired }) => ({ key, label, description, value, colour, retired })) };
      const saved = await apiFetch<{ entries: RatingScaleEntryDto[] }>("/api/v1/rating-scale", { method: "PUT", body });
      setRows(saved.entries.map(toRow));
      setMessage({ kind: "success", text: "Rating scale saved." });
    } catch (e) {
      setMessage({ kind: "error", text: e instanceof ApiError ? e.message : "Could not reach the server; nothing was saved.", fields: e instanceof ApiError ? e.fields : {} });
    }
  }

  return (
    <div className="stack">
      {message ? (
        <div role={message.kind === "error" ? "alert" : "status"} className={message.kind}>
          {message.text}
          {message.fields && Object.keys(message.fields).length ? <ul>{Object.entries(message.fields).map(([f, m]) => <li key={f}>{f}: {m}</li>)}</ul> : null}
        </div>
      ) : null}
      <table className="table" data-testid="rating-scale">
        <caption className="visually-hidden">Rating scale, in display order</caption>
        <thead><tr><th scope="col">Order</th><th scope="col">Key</th><th scope="col">Label</th><th scope="col">Value</th><th scope="col">Colour</th><th scope="col">Retired</th><th scope="col">Used by</th><th scope="col"><span className="visually-hidden">Delete</span></th></tr></thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={r.isNew ? `new-${i}` : r.key}>
              <td className="row" style={{ flexWrap: "nowrap" }}>
                <button type="button" className="btn" disabled={i === 0} onClick={() => move(i, -1)} aria-label={`Move ${r.label || "rating"} up`}>↑</button>
                <button type="button" className="btn" disabled={i === rows.length - 1} onClick={() => move(i, 1)} aria-label={`Move ${r.label || "rating"} down`}>↓</button>
              </td>
              <td>{r.isNew ? <input aria-label="Key of the new rating" value={r.key} onChange={(e) => set(i, { key: e.target.value })} placeholder="e.g. needs-context" size={14} /> : <code>{r.key}</code>}</td>
              <td><input aria-label={`Label of ${r.key || "new rating"}`} value={r.label} onChange={(e) => set(i, { label: e.target.value })} size={16} /></td>
              <td><input aria-label={`Numeric value of ${r.label || r.key}`} type="number" min={0} max={100} value={r.value ?? ""} onChange={(e) => set(i, { value: e.target.value === "" ? null : Number(e.target.value) })} style={{ width: "5rem" }} /></td>
              <td><input aria-label={`Colour of ${r.label || r.key}`} type="color" value={r.colour} onChange={(e) => set(i, { colour: e.target.value })} /></td>
              <td><input aria-label={`Retire ${r.label || r.key}`} type="checkbox" checked={r.retired} onChange={(e) => set(i, { retired: e.target.checked })} /></td>
              <td>{usage[r.key] ?? 0}</td>
              <td>
                {(usage[r.key] ?? 0) > 0 ? <span className="muted small">in use: retire instead</span> : (
                  <button type="button" className="btn btn-danger" onClick={() => setRows((x) => x.filter((_, j) => j !== i))}>Delete</button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="row">
        <button type="button" className="btn" onClick={() => setRows((r) => [...r, { key: "", label: "", description: "", value: null, colour: "#888888", retired: false, isNew: true }])}>Add a rating</button>
        <button type="button" className="btn btn-primary" onClick={() => void save()}>Save the scale</button>
      </div>
      <p className="muted small">Values feed schema.org ClaimReview ratingValue; leave empty for ratings with no place on the line (e.g. Unverifiable). Deleting or reordering takes effect when you save.</p>
    </div>
  );
}
