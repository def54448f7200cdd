import type { CodePointIndex } from "@/lib/text/code-point-index";
import { CONTEXT_LENGTH, type ClaimSelector } from "@/lib/anchoring/types";

/**
 * The full selector (quote, 32 code points of context, code-point offsets) of the UTF-16
 * range `[from, to)` of `text`. Internal: callers have already validated the range.
 */
export function selectorAt(text: string, index: CodePointIndex, from: number, to: number): ClaimSelector {
  const start = index.toCodePoint(from);
  const end = index.toCodePoint(to);
  return {
    exact: text.slice(from, to),
    prefix: text.slice(index.toUtf16(Math.max(0, start - CONTEXT_LENGTH)), from),
    suffix: text.slice(to, index.toUtf16(Math.min(index.length, end + CONTEXT_LENGTH))),
    start,
    end,
  };
}
