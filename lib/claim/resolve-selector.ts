import { describeRange } from "@/lib/anchoring/describe-range";
import { resolveQuote } from "@/lib/anchoring/resolve-quote";
import type { ClaimSelector } from "@/lib/anchoring/types";
import { invalid } from "@/lib/errors/app-error";
import { createCodePointIndex, type CodePointIndex } from "@/lib/text/code-point-index";
import type { SelectorInput } from "@/lib/claim/claim.types";

/**
 * Turns what a client sent (code-point offsets, a quote, or both) into the full W3C
 * selector pair on `text`. Refuses with INVALID_INPUT naming selector.start / selector.end /
 * selector.exact: missing parts, out-of-range or reversed offsets, empty or whitespace-only
 * selections, a quote not found (or ambiguous), and offsets whose text is not the quote.
 * `index` is `text`'s code-point index when the caller keeps one (built here otherwise).
 */
export function resolveSelector(text: string, selector: SelectorInput, index?: CodePointIndex): ClaimSelector {
  const { start, end, exact } = selector;
  if (start === undefined && end === undefined) {
    if (exact === undefined) throw invalid({ "selector.exact": "give start and end offsets or the exact quote" });
    if (exact.trim() === "") throw invalid({ "selector.exact": "the selection is empty or only whitespace" }, "Select some words to mark a claim");
    return resolveQuote(text, { exact, prefix: selector.prefix, suffix: selector.suffix });
  }
  if (start === undefined) throw invalid({ "selector.start": "is required with end" });
  if (end === undefined) throw invalid({ "selector.end": "is required with start" });
  const cp = index ?? createCodePointIndex(text);
  const length = cp.length;
  if (start > length) throw invalid({ "selector.start": `must be between 0 and ${length}` });
  if (end > length) throw invalid({ "selector.end": `must be no greater than ${length}` });
  if (end < start) throw invalid({ "selector.end": "must not be before start" });
  if (text.slice(cp.toUtf16(start), cp.toUtf16(end)).trim() === "") {
    throw invalid(
      { "selector.start": "the selection is empty or only whitespace", "selector.end": "the selection is empty or only whitespace" },
      "Select some words to mark a claim",
    );
  }
  const described = describeRange(text, start, end, { index: cp });
  if (exact !== undefined && exact.normalize("NFC").trim() !== described.exact) {
    throw invalid({ "selector.exact": "does not match the text between start and end" });
  }
  return described;
}
