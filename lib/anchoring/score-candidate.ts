import search from "approx-string-match";

/**
 * Weights of the candidate score, taken from Hypothesis' match-quote: the quote dominates,
 * prefix and suffix agree or disagree, and distance from the expected position breaks ties.
 */
const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;
const TOTAL_WEIGHT = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;

/**
 * Similarity 0–1 of `actual` to `expected`: 1 − edit distance / length of `expected`, where
 * the distance is that of the best approximate occurrence of `expected` in `actual`.
 */
export function scoreTextSimilarity(actual: string, expected: string): number {
  if (expected.length === 0) return actual.length === 0 ? 1 : 0;
  if (actual.length === 0) return 0;
  if (actual === expected) return 1;
  const best = search(actual, expected, expected.length)[0];
  return best ? Math.max(0, 1 - best.errors / expected.length) : 0;
}

/** The parts of a candidate's score, each 0–1, and their weighted total. */
export interface CandidateScore {
  score: number;
  quote: number;
  prefix: number;
  suffix: number;
  /** Best of prefix and suffix agreement: how much the surroundings vouch for the candidate. */
  context: number;
}

/** What a candidate is compared with. UTF-16 units throughout. */
export interface ScoreInput {
  text: string;
  start: number;
  end: number;
  /** Edit distance between the candidate and the quote (0 for an exact match). */
  errors: number;
  exact: string;
  prefix?: string;
  suffix?: string;
  /** Expected UTF-16 start; without it the position counts as perfect. */
  hint?: number;
}

/**
 * Scores one candidate match of a quote. An absent prefix or suffix (a claim at the very
 * start or end of the text) counts as agreeing when the candidate is at the edge too.
 */
export function scoreCandidate(input: ScoreInput): CandidateScore {
  const { text, start, end, exact, prefix = "", suffix = "" } = input;
  const quote = Math.max(0, 1 - input.errors / Math.max(1, exact.length));
  const before = text.slice(Math.max(0, start - prefix.length), start);
  const after = text.slice(end, end + suffix.length);
  const prefixScore = prefix ? scoreTextSimilarity(before, prefix) : start === 0 ? 1 : 0.5;
  const suffixScore = suffix ? scoreTextSimilarity(after, suffix) : end === text.length ? 1 : 0.5;
  const position = input.hint === undefined ? 1 : 1 - Math.min(1, Math.abs(start - input.hint) / Math.max(1, text.length));
  const score =
    (QUOTE_WEIGHT * quote + PREFIX_WEIGHT * prefixScore + SUFFIX_WEIGHT * suffixScore + POSITION_WEIGHT * position) /
    TOTAL_WEIGHT;
  return { score, quote, prefix: prefixScore, suffix: suffixScore, context: Math.max(prefixScore, suffixScore) };
}
