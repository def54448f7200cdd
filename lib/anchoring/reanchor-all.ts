import { createCodePointIndex } from "@/lib/text/code-point-index";
import { anchorSelector } from "@/lib/anchoring/anchor-selector";
import { createOffsetMap } from "@/lib/anchoring/create-offset-map";
import { countSharedContext, isCopiedElsewhere } from "@/lib/anchoring/is-copied-elsewhere";
import type { AnchorResult, StoredSelector } from "@/lib/anchoring/types";

/** Within this distance (plus the quote's length) of the diff's position a reworded quote is "in place". */
const NEAR_HINT = 512;
/**
 * A quote that was both reworded and moved must keep this much verbatim context (both sides,
 * UTF-16 units) of its old place; a near-identical sentence elsewhere shares only the
 * template words around a short phrase.
 */
const MIN_MOVED_CONTEXT = 32;

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
    const hintAt = offsets.map(oldStart);
    // unchanged text that came from elsewhere in the old text held other words, not this
    // claim; the diff says so for a plain run, the verbatim context for repeated phrases
    const isForeign = (start: number, end: number) => {
      const source = offsets.findUnchangedSource(start, end);
      if (source !== undefined && (source.end <= oldStart || source.start >= oldEnd)) return true;
      const place = { oldText, oldStart, oldEnd };
      const isReworded = newText.slice(start, end) !== selector.exact;
      if (isReworded && Math.abs(start - hintAt) > NEAR_HINT + selector.exact.length && countSharedContext(newText, start, end, place) < MIN_MOVED_CONTEXT) {
        return true;
      }
      return isCopiedElsewhere(newText, start, end, place, start === hintAt);
    };
    const hint = newIndex.toCodePoint(hintAt);
    const diff = { isForeign, searchRanges: offsets.changedRanges };
    return anchorSelector(newText, selector, { hint, index: newIndex, minScore: options.minScore, diff });
  });
}
