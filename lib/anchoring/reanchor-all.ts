import { createCodePointIndex } from "@/lib/text/code-point-index";
import { anchorSelector } from "@/lib/anchoring/anchor-selector";
import { createOffsetMap } from "@/lib/anchoring/create-offset-map";
import type { AnchorResult, StoredSelector } from "@/lib/anchoring/types";

/**
 * Re-anchors every claim of a revision onto its successor text; results come back in the
 * order of `selectors`. The diff between the two texts is computed once and gives each
 * claim its expected position, so almost every claim is settled by a single comparison at
 * that position and only changed ones pay for a search. Both texts must already be
 * normalised with `normalizeText`; offsets are code points.
 */
export function reanchorAll(
  oldText: string,
  newText: string,
  selectors: readonly StoredSelector[],
  options: { minScore?: number } = {},
): AnchorResult[] {
  const oldIndex = createCodePointIndex(oldText);
  const newIndex = oldText === newText ? oldIndex : createCodePointIndex(newText);
  const offsets = oldText === newText ? undefined : createOffsetMap(oldText, newText);
  return selectors.map((selector) => {
    if (selector.start === undefined || !offsets) {
      return anchorSelector(newText, selector, { index: newIndex, minScore: options.minScore });
    }
    const oldStart = oldIndex.toUtf16(selector.start);
    const oldEnd = oldIndex.toUtf16(selector.end ?? selector.start);
    // unchanged text that came from elsewhere in the old text held other words, not this claim
    const isForeign = (start: number, end: number) => {
      const source = offsets.findUnchangedSource(start, end);
      return source !== undefined && (source.end <= oldStart || source.start >= oldEnd);
    };
    const hint = newIndex.toCodePoint(offsets.map(oldStart));
    const diff = { isForeign, searchRanges: offsets.changedRanges };
    return anchorSelector(newText, selector, { hint, index: newIndex, minScore: options.minScore, diff });
  });
}
