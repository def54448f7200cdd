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
    let hint: number | undefined;
    if (selector.start !== undefined) {
      const oldAt = oldIndex.toUtf16(selector.start);
      hint = offsets ? newIndex.toCodePoint(offsets.map(oldAt)) : selector.start;
    }
    return anchorSelector(newText, selector, { hint, index: newIndex, minScore: options.minScore });
  });
}
