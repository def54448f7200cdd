/** Text anchoring: pure functions, no I/O. Offsets are Unicode code points of normalised text. */
export { normalizeText } from "@/lib/anchoring/normalize-text";
export { describeRange, type DescribeRangeOptions } from "@/lib/anchoring/describe-range";
export { resolveQuote } from "@/lib/anchoring/resolve-quote";
export { anchorSelector } from "@/lib/anchoring/anchor-selector";
export { reanchorAll } from "@/lib/anchoring/reanchor-all";
export { diffWords, type WordDiffHunk } from "@/lib/anchoring/diff-words";
export { createOffsetMap, type OffsetMap } from "@/lib/anchoring/create-offset-map";
export { scoreTextSimilarity } from "@/lib/anchoring/score-candidate";
export {
  CONTEXT_LENGTH,
  DEFAULT_MIN_SCORE,
  type AnchorOptions,
  type AnchorOutcome,
  type AnchorResult,
  type ClaimSelector,
  type StoredSelector,
  type TextPositionSelector,
  type TextQuoteSelector,
} from "@/lib/anchoring/types";
