import { diffText, type DiffPart } from "@/lib/review/diff-claim-snapshots";

export type ValueChange = { key: string; before: string; after: string; parts: DiffPart[] };

function show(v: unknown): string {
  if (v === undefined || v === null) return "";
  if (typeof v === "string") return v;
  return JSON.stringify(v, null, 1);
}

/**
 * What an audit event changed, key by key: top-level keys of `before`/`after` whose values
 * differ, each with a word diff. A creation (no before) or deletion (no after) lists every key.
 */
export function diffAuditValues(before: unknown, after: unknown): ValueChange[] {
  const a = isRecord(before) ? before : before == null ? {} : { value: before };
  const b = isRecord(after) ? after : after == null ? {} : { value: after };
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  const out: ValueChange[] = [];
  for (const key of keys) {
    const x = show(a[key]);
    const y = show(b[key]);
    if (x === y) continue;
    out.push({ key, before: x, after: y, parts: diffText(x, y) });
  }
  return out;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
