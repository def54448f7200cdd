import search from "approx-string-match";

/** A possible place of a quote in a text: UTF-16 range and its edit distance to the quote. */
export interface Candidate {
  start: number;
  end: number;
  errors: number;
}

/** Most candidates scored per search: a quote like "the" occurs hundreds of times. */
const MAX_SCORED = 48;

/** Every exact occurrence of `exact` in `text` (UTF-16 offsets). */
export function findExactCandidates(text: string, exact: string): Candidate[] {
  const found: Candidate[] = [];
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    found.push({ start: at, end: at + exact.length, errors: 0 });
  }
  return found;
}

/**
 * Approximate occurrences of `exact` in `text[from, to)` with the fewest edits, allowing
 * up to half the quote's length in edits (capped: the cost of Myers' algorithm grows with
 * the budget in 32-unit blocks, and a quote that lost more than 256 characters is a new quote).
 */
export function findFuzzyCandidates(text: string, exact: string, from = 0, to = text.length): Candidate[] {
  const maxErrors = Math.min(256, Math.floor(exact.length / 2));
  if (maxErrors < 1) return [];
  const region = from === 0 && to === text.length ? text : text.slice(from, to);
  return search(region, exact, maxErrors).map((m) => ({ start: m.start + from, end: m.end + from, errors: m.errors }));
}

/**
 * Keeps the candidates worth a full score, so the cost stays bounded on texts where a short
 * quote repeats: first those whose nearest context agrees verbatim (`hasContext`), then the
 * nearest to the expected position.
 */
export function pickCandidates(
  candidates: Candidate[],
  hint: number | undefined,
  hasContext: (c: Candidate) => boolean,
  /** how many changed ranges the searched region covers (each gets MAX_SCORED) */
  ranges = 1,
): Candidate[] {
  const limit = MAX_SCORED * Math.max(1, ranges);
  if (candidates.length <= limit) return candidates;
  const rank = (c: Candidate) => (hasContext(c) ? 0 : 1e9) + (hint === undefined ? 0 : Math.abs(c.start - hint));
  return [...candidates].sort((a, b) => rank(a) - rank(b)).slice(0, limit);
}
