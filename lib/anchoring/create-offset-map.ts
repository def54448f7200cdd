import { diffLines, diffWordsWithSpace, type ChangeObject } from "diff";

/** Maps a UTF-16 offset of the old text to where the same place is in the new text. */
export interface OffsetMap {
  map(oldOffset: number): number;
  /** The old range that the new range `[start, end)` was copied from unchanged, if it lies in one unchanged run. */
  findUnchangedSource(start: number, end: number): { start: number; end: number } | undefined;
  /** New-text ranges that are inserted or rewritten: where moved or reworded claims can be. */
  readonly changedRanges: readonly { start: number; end: number }[];
}

interface Segment {
  oldStart: number;
  oldLength: number;
  newStart: number;
  newLength: number;
  isEqual: boolean;
}

/** Changed line hunks bigger than this are mapped proportionally rather than word-diffed. */
const MAX_WORD_DIFF = 20_000;

/**
 * Builds an old→new offset map from a diff, so re-anchoring starts each claim at a good
 * expected position instead of searching the whole text. Two passes keep it fast on a
 * 100 kB article: a line (paragraph) diff of the whole text, then a word diff inside each
 * changed hunk only. Offsets inside unchanged runs map exactly; inside a changed run they
 * map proportionally — only a hint, the anchoring verifies it.
 */
export function createOffsetMap(oldText: string, newText: string): OffsetMap {
  let head = 0;
  const limit = Math.min(oldText.length, newText.length);
  while (head < limit && oldText.charCodeAt(head) === newText.charCodeAt(head)) head++;
  let tail = 0;
  while (
    tail < limit - head &&
    oldText.charCodeAt(oldText.length - 1 - tail) === newText.charCodeAt(newText.length - 1 - tail)
  ) tail++;

  const segments: Segment[] = [{ oldStart: 0, oldLength: head, newStart: 0, newLength: head, isEqual: true }];
  const oldMid = oldText.slice(head, oldText.length - tail);
  const newMid = newText.slice(head, newText.length - tail);
  addDiff(segments, diffLines(oldMid, newMid), head, head, true);
  segments.push({ oldStart: oldText.length - tail, oldLength: tail, newStart: newText.length - tail, newLength: tail, isEqual: true });

  const starts = segments.map((s) => s.oldStart);
  const newStarts = segments.map((s) => s.newStart);
  const changedRanges: { start: number; end: number }[] = [];
  for (const s of segments) {
    if (s.isEqual || s.newLength === 0) continue;
    const last = changedRanges[changedRanges.length - 1];
    if (last && last.end >= s.newStart) last.end = s.newStart + s.newLength;
    else changedRanges.push({ start: s.newStart, end: s.newStart + s.newLength });
  }
  return {
    changedRanges,
    findUnchangedSource(start, end) {
      const s = segments[findLast(newStarts, start)];
      if (!s?.isEqual || end > s.newStart + s.newLength) return undefined;
      return { start: s.oldStart + (start - s.newStart), end: s.oldStart + (end - s.newStart) };
    },
    map(oldOffset) {
      const s = segments[findLast(starts, oldOffset)];
      if (!s) return oldOffset;
      const into = Math.min(oldOffset - s.oldStart, s.oldLength);
      if (s.isEqual) return s.newStart + into;
      return s.newStart + (s.oldLength === 0 ? 0 : Math.round((into * s.newLength) / s.oldLength));
    },
  };
}

/** Index of the last entry of the ascending `starts` that is ≤ `offset` (0 when none). */
function findLast(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Appends the segments of one diff; `refine` word-diffs each replaced run of lines. */
function addDiff(segments: Segment[], changes: ChangeObject<string>[], oldBase: number, newBase: number, refine: boolean) {
  let oldPos = oldBase;
  let newPos = newBase;
  for (let i = 0; i < changes.length; i++) {
    const change = changes[i];
    if (!change) continue;
    if (!change.added && !change.removed) {
      segments.push({ oldStart: oldPos, oldLength: change.value.length, newStart: newPos, newLength: change.value.length, isEqual: true });
      oldPos += change.value.length;
      newPos += change.value.length;
      continue;
    }
    // a removal and an addition next to each other form one replaced hunk
    let removed = "";
    let added = "";
    for (; i < changes.length && (changes[i]?.added || changes[i]?.removed); i++) {
      if (changes[i]?.removed) removed += changes[i]?.value ?? "";
      else added += changes[i]?.value ?? "";
    }
    i--;
    const words = refine && removed && added && removed.length + added.length <= MAX_WORD_DIFF
      ? diffWordsWithSpace(removed, added, { maxEditLength: 2_000 })
      : undefined;
    if (words) addDiff(segments, words, oldPos, newPos, false);
    else segments.push({ oldStart: oldPos, oldLength: removed.length, newStart: newPos, newLength: added.length, isEqual: false });
    oldPos += removed.length;
    newPos += added.length;
  }
}
