import type { WordDiffHunk } from "@/lib/anchoring/diff-words";
import { createCodePointIndex } from "@/lib/text/code-point-index";

/** A run of one side's text with the same change and the same claims over it. */
export type DiffPiece = { text: string; change: "ins" | "del" | null; claimIds: string[] };

/**
 * Cuts one side of a word diff (old: equal + deleted runs; new: equal + inserted runs) at
 * every hunk and claim boundary, so each piece can be wrapped in <del>/<ins> and in one
 * <mark> per claim covering it. Offsets are code points of that side's text.
 */
export function buildDiffSide(
  text: string,
  hunks: readonly WordDiffHunk[],
  side: "old" | "new",
  claims: readonly { id: string; start: number; end: number }[],
): DiffPiece[] {
  const index = createCodePointIndex(text);
  const runs = hunks
    .filter((h) => h.kind === "equal" || h.kind === (side === "old" ? "delete" : "insert"))
    .map((h) => ({ start: side === "old" ? h.oldStart : h.newStart, end: side === "old" ? h.oldEnd : h.newEnd, change: h.kind === "equal" ? null : side === "old" ? ("del" as const) : ("ins" as const) }));
  const cuts = new Set<number>([0, index.length]);
  for (const r of runs) cuts.add(r.start).add(r.end);
  for (const c of claims) if (c.end > c.start) cuts.add(c.start).add(c.end);
  const points = [...cuts].filter((p) => p >= 0 && p <= index.length).sort((a, b) => a - b);
  const pieces: DiffPiece[] = [];
  let run = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    while (run < runs.length && runs[run]!.end <= start) run++;
    const change = runs[run] && runs[run]!.start <= start ? runs[run]!.change : null;
    const claimIds = claims.filter((c) => c.start <= start && c.end >= end).map((c) => c.id);
    pieces.push({ text: text.slice(index.toUtf16(start), index.toUtf16(end)), change, claimIds });
  }
  return pieces;
}
