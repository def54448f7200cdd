import { invalid } from "@/lib/errors/app-error";
import { createCodePointIndex } from "@/lib/text/code-point-index";
import { findExactCandidates } from "@/lib/anchoring/find-candidates";
import { selectorAt } from "@/lib/anchoring/selector-at";
import type { ClaimSelector, TextQuoteSelector } from "@/lib/anchoring/types";

/** Length of the common tail of `a` and `b`. */
function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/** Length of the common head of `a` and `b`. */
function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Finds the quote a client sends when creating a claim from words rather than offsets
 * (`{ exact, prefix?, suffix? }`) and returns its full selector. Repeats are told apart by
 * how much of the given prefix and suffix agrees verbatim; the claim must land exactly where
 * the client meant, so a quote that is missing or still ambiguous throws AppError
 * INVALID_INPUT on `selector.exact` instead of guessing.
 */
export function resolveQuote(text: string, quote: TextQuoteSelector): ClaimSelector {
  const exact = quote.exact.normalize("NFC");
  if (exact.trim() === "") throw invalid({ "selector.exact": "must contain words" });
  const found = findExactCandidates(text, exact);
  if (found.length === 0) throw invalid({ "selector.exact": "was not found in the article text" });

  const prefix = quote.prefix?.normalize("NFC") ?? "";
  const suffix = quote.suffix?.normalize("NFC") ?? "";
  const ranked = found
    .map((c) => ({
      ...c,
      agreement:
        commonSuffixLength(text.slice(Math.max(0, c.start - prefix.length), c.start), prefix) +
        commonPrefixLength(text.slice(c.end, c.end + suffix.length), suffix),
    }))
    .sort((a, b) => b.agreement - a.agreement);
  const [first, second] = ranked;
  if (!first) throw invalid({ "selector.exact": "was not found in the article text" });
  if (second && second.agreement === first.agreement) {
    throw invalid(
      { "selector.exact": `occurs ${found.length} times; add a prefix or suffix to choose one` },
      "The quote is ambiguous",
    );
  }
  return selectorAt(text, createCodePointIndex(text), first.start, first.end);
}
