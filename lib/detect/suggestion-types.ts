/** The kinds of check-worthy phrase the detector suggests. */
export type SuggestionKind =
  | "money"
  | "number"
  | "date"
  | "age"
  | "count"
  | "ranking"
  | "comparison"
  | "causal"
  | "attribution";

/** Mirrors the Prisma enum ClaimKind; kept as a string union so this pure module needs no generated client. */
export type ClaimKindValue =
  | "NUMBER_STATISTIC"
  | "DATE_TIME"
  | "QUANTITY_COUNT"
  | "QUOTE"
  | "COMPARISON_SUPERLATIVE"
  | "CAUSAL"
  | "OTHER";

/** A suggested check-worthy span; start/end are Unicode code point offsets into the canonical text (W3C TextPositionSelector). */
export type Suggestion = {
  /** Stable across runs for the same text: kind + exact + occurrence index, so dismissals can be remembered. */
  key: string;
  kind: SuggestionKind;
  start: number;
  end: number;
  exact: string;
  /** Up to 32 code points before / after the span (W3C TextQuoteSelector). */
  prefix: string;
  suffix: string;
  /** 0–1, higher means more likely worth checking. */
  score: number;
  reason: string;
  claimKind: ClaimKindValue;
};

/** The draft claim kind an accepted suggestion gets. Ages and durations are time claims. */
export const CLAIM_KIND_BY_SUGGESTION_KIND: Record<SuggestionKind, ClaimKindValue> = {
  money: "NUMBER_STATISTIC",
  number: "NUMBER_STATISTIC",
  date: "DATE_TIME",
  age: "DATE_TIME",
  count: "QUANTITY_COUNT",
  ranking: "COMPARISON_SUPERLATIVE",
  comparison: "COMPARISON_SUPERLATIVE",
  causal: "CAUSAL",
  attribution: "QUOTE",
};

/** A rule's raw finding inside one tagged sentence: token indices, inclusive. */
export type Candidate = {
  kind: SuggestionKind;
  from: number;
  to: number;
  score: number;
  reason: string;
};
