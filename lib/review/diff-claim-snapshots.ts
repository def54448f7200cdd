import { diffWords } from "diff";
import type { ClaimSnapshot } from "@/lib/review/claim-snapshot";

/** One run of words: unchanged, added (only in the proposed version) or removed. */
export type DiffPart = { value: string; added: boolean; removed: boolean };

export type FieldDiff = {
  field: string;
  label: string;
  before: string;
  after: string;
  /** word-level diff of before → after */
  parts: DiffPart[];
};

/** Word-level diff of two texts, as runs the UI marks with <ins>/<del>. */
export function diffText(before: string, after: string): DiffPart[] {
  return diffWords(before, after).map((c) => ({ value: c.value, added: !!c.added, removed: !!c.removed }));
}

function sourceText(s: ClaimSnapshot["sources"][number]): string {
  const lines = [s.title || "(untitled)", s.url, [s.publisher, s.kind, `accessed ${s.accessedAt}`].filter(Boolean).join(" · ")];
  if (s.quote) lines.push(`“${s.quote}”`);
  if (s.archiveUrl) lines.push(`archive: ${s.archiveUrl}`);
  return lines.join("\n");
}

function fieldsOf(s: ClaimSnapshot | null): Map<string, { label: string; text: string }> {
  const m = new Map<string, { label: string; text: string }>();
  m.set("statement", { label: "Statement", text: s?.statement ?? "" });
  m.set("claimant", { label: "Claimant", text: s?.claimant ?? "" });
  m.set("kind", { label: "Kind", text: s?.kind ?? "" });
  m.set("exact", { label: "Quoted text", text: s?.exact ?? "" });
  m.set("verdict.rating", { label: "Rating", text: s?.verdict?.rating?.label ?? "" });
  m.set("verdict.summary", { label: "Verdict summary", text: s?.verdict?.summary ?? "" });
  m.set("verdict.explanation", { label: "Explanation", text: s?.verdict?.explanationText ?? "" });
  // sources are matched by URL, so a reordered list is not reported as changes
  for (const src of s?.sources ?? []) m.set(`sources[${src.url}]`, { label: `Source: ${src.title || src.url}`, text: sourceText(src) });
  return m;
}

/**
 * Field-by-field differences between the approved version and the proposed one, each with a
 * word-level diff. Fields that did not change are left out; an added or removed source shows
 * as a field whose before (or after) is empty.
 */
export function diffClaimSnapshots(approved: ClaimSnapshot | null, proposed: ClaimSnapshot): FieldDiff[] {
  const a = fieldsOf(approved);
  const b = fieldsOf(proposed);
  const keys = [...new Set([...a.keys(), ...b.keys()])];
  const out: FieldDiff[] = [];
  for (const field of keys) {
    const before = a.get(field)?.text ?? "";
    const after = b.get(field)?.text ?? "";
    if (before === after) continue;
    const label = b.get(field)?.label ?? a.get(field)?.label ?? field;
    out.push({ field, label, before, after, parts: diffText(before, after) });
  }
  return out;
}
