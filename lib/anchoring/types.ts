/**
 * Selector shapes of the W3C Web Annotation model, as Factmark stores them. All offsets are
 * Unicode code points into the canonical (normalised) text of one revision.
 */

/** W3C TextQuoteSelector: the quoted words plus up to 32 code points of context each side. */
export interface TextQuoteSelector {
  exact: string;
  prefix?: string;
  suffix?: string;
}

/** W3C TextPositionSelector: `start` inclusive, `end` exclusive, in code points. */
export interface TextPositionSelector {
  start: number;
  end: number;
}

/** Both selectors of a claim, as produced by `describeRange`. */
export interface ClaimSelector extends TextPositionSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

/** What a stored selector is re-anchored from: the quote is required, the position optional. */
export type StoredSelector = TextQuoteSelector & Partial<TextPositionSelector>;

/**
 * How a claim was re-anchored:
 * - UNCHANGED: same offsets, same quote;
 * - MOVED: the exact quote, at different offsets;
 * - FUZZY: the quoted words changed; `exact` is the new quote and `score` says how close;
 * - ORPHANED: no match good enough — never a guess.
 */
export type AnchorOutcome = "UNCHANGED" | "MOVED" | "FUZZY" | "ORPHANED";

/** A re-anchored claim: the new selector (absent when orphaned), the outcome and a 0–1 score. */
export type AnchorResult =
  | ({ outcome: "UNCHANGED" | "MOVED" | "FUZZY"; score: number } & ClaimSelector)
  | { outcome: "ORPHANED"; score: number; bestCandidate?: ClaimSelector };

/** Tuning of `anchorSelector`. */
export interface AnchorOptions {
  /** Below this score (0–1) a claim is orphaned rather than placed. Default 0.75. */
  minScore?: number;
  /** Where the quote is expected in the new text (code points), e.g. from a diff. */
  hint?: number;
}

/** Number of code points of prefix and suffix context stored with a quote. */
export const CONTEXT_LENGTH = 32;

/** Default minimum score; see `anchorSelector`. */
export const DEFAULT_MIN_SCORE = 0.75;
