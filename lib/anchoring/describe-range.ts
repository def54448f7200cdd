import { invalid } from "@/lib/errors/app-error";
import type { CodePointIndex } from "@/lib/text/code-point-index";
import { createCodePointIndex } from "@/lib/text/code-point-index";
import { selectorAt } from "@/lib/anchoring/selector-at";
import type { ClaimSelector } from "@/lib/anchoring/types";

/** Options of {@link describeRange}. */
export interface DescribeRangeOptions {
  /** Drop whitespace at either end of the selection (a mouse selection often grabs a trailing space). Default true. */
  trim?: boolean;
  /** A prebuilt index of `text`, when describing many ranges of the same text. */
  index?: CodePointIndex;
}

/**
 * Describes the code-point range `[start, end)` of `text` as a W3C TextQuoteSelector +
 * TextPositionSelector pair (exact quote, 32 code points of prefix and suffix, offsets).
 * Throws AppError INVALID_INPUT naming `selector.start` / `selector.end` for ranges that
 * are out of bounds, reversed, empty or whitespace-only — a claim must quote words.
 */
export function describeRange(text: string, start: number, end: number, options: DescribeRangeOptions = {}): ClaimSelector {
  const index = options.index ?? createCodePointIndex(text);
  if (!Number.isInteger(start) || start < 0 || start > index.length) {
    throw invalid({ "selector.start": `must be an integer between 0 and ${index.length}` });
  }
  if (!Number.isInteger(end) || end > index.length) {
    throw invalid({ "selector.end": `must be an integer no greater than ${index.length}` });
  }
  if (end <= start) throw invalid({ "selector.end": "must be greater than start" });

  let from = index.toUtf16(start);
  let to = index.toUtf16(end);
  if (text.slice(from, to).trim() === "") {
    throw invalid({ selector: "the selection is empty or only whitespace" }, "Select some words to mark a claim");
  }
  if (options.trim ?? true) {
    while (/\s/.test(text[from] ?? "")) from++;
    while (/\s/.test(text[to - 1] ?? "")) to--;
  }
  return selectorAt(text, index, from, to);
}
