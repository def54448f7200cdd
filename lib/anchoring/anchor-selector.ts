import type { CodePointIndex } from "@/lib/text/code-point-index";
import { createCodePointIndex } from "@/lib/text/code-point-index";
import { findExactCandidates, findFuzzyCandidates, pickCandidates, type Candidate } from "@/lib/anchoring/find-candidates";
import { fitMatch } from "@/lib/anchoring/fit-match";
import { scoreCandidate, type CandidateScore } from "@/lib/anchoring/score-candidate";
import { selectorAt } from "@/lib/anchoring/selector-at";
import { DEFAULT_MIN_SCORE, type AnchorOptions, type AnchorResult, type StoredSelector } from "@/lib/anchoring/types";

/**
 * A quote at least this long (code units) is evidence on its own; a shorter one ("2018",
 * "the minister") must also have its prefix or suffix agree, or it would land on the same
 * words in an unrelated sentence after its own sentence was deleted.
 */
const SELF_EVIDENT_LENGTH = 24;
const MIN_CONTEXT = 0.5;
/** Fuzzy search looks this far (plus the quote's length) around the expected position first. */
const WINDOW = 512;
type Scored = Candidate & CandidateScore;

/** What `reanchorAll` knows from its diff (UTF-16 offsets of the new text); internal. */
export interface DiffKnowledge {
  /** True for a candidate that was already in the old text as other words than the claim's. */
  isForeign(start: number, end: number): boolean;
  /** Where the whole-text fuzzy search needs to look: inserted or rewritten text. */
  searchRanges: readonly { start: number; end: number }[];
}

/**
 * Re-anchors a stored selector on `text` (the canonical text of a revision), in the order of
 * issue 6: (1) the expected position (`options.hint`, then the stored start) if it still
 * holds the exact quote; (2) exact quote search, choosing among repeats by prefix/suffix
 * similarity and closeness to the expected position; (3) fuzzy search with
 * approx-string-match (budget: half the quote), near the expected position first, then the
 * whole text; (4) the best candidate is kept only if its score reaches `minScore` (default
 * 0.75) and, for a short quote, its context agrees — otherwise the claim is ORPHANED.
 * Offsets in and out are code points.
 */
export function anchorSelector(
  text: string,
  selector: StoredSelector,
  options: AnchorOptions & { index?: CodePointIndex; diff?: DiffKnowledge } = {},
): AnchorResult {
  const index = options.index ?? createCodePointIndex(text);
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  const { exact } = selector;
  if (!exact) return { outcome: "ORPHANED", score: 0 };
  const stored = selector.start === undefined ? undefined : index.toUtf16(selector.start);
  const hint = options.hint === undefined ? stored : index.toUtf16(options.hint);

  const { prefix, suffix } = selector;
  const isOwn = (c: Candidate) => !options.diff?.isForeign(c.start, c.end);
  const score = (c: Candidate): Scored => ({ ...c, ...scoreCandidate({ text, exact, prefix, suffix, ...c, hint }) });
  const isAcceptable = (c: Scored) =>
    c.score >= minScore && (exact.length >= SELF_EVIDENT_LENGTH || c.context >= MIN_CONTEXT);
  const place = (c: Scored): AnchorResult => {
    const placed = selectorAt(text, index, c.start, c.end);
    const isExact = placed.exact === exact;
    const isSame = isExact && placed.start === selector.start && placed.end === selector.end;
    return { ...placed, outcome: isSame ? "UNCHANGED" : isExact ? "MOVED" : "FUZZY", score: isSame ? 1 : c.score };
  };

  // 1. position first
  for (const at of new Set([hint, stored])) {
    if (at !== undefined && text.startsWith(exact, at)) {
      const c = score({ start: at, end: at + exact.length, errors: 0 });
      if (isAcceptable(c) && isOwn(c)) return place(c);
    }
  }
  // 2. exact quote search
  const prefixTail = (selector.prefix ?? "").slice(-8);
  const suffixHead = (selector.suffix ?? "").slice(0, 8);
  const hasContext = (c: Candidate) =>
    (prefixTail !== "" && text.endsWith(prefixTail, c.start)) || (suffixHead !== "" && text.startsWith(suffixHead, c.end));
  const exactBest = best(pickCandidates(findExactCandidates(text, exact).filter(isOwn), hint, hasContext).map(score));
  if (exactBest && isAcceptable(exactBest)) return place(exactBest);

  // 3. fuzzy search: near the expected position, then everywhere
  const fuzzy = (from?: number, to?: number, ranges = 1) =>
    best(
      pickCandidates(findFuzzyCandidates(text, exact, from, to), hint, hasContext, ranges)
        .map((m) => fitMatch(text, m, exact, selector))
        .filter((m) => m.end > m.start && isOwn(m))
        .map(score),
    );
  // with a diff, a claim that is not near its old place can only be in inserted text
  const searchEverywhere = () => {
    const ranges = options.diff?.searchRanges;
    if (!ranges) return fuzzy();
    return best(
      mergeRanges(ranges, exact.length, text.length)
        .map((r) => fuzzy(r.start, r.end, r.count))
        .filter((c): c is Scored => c !== undefined),
    );
  };
  let fuzzyBest: Scored | undefined;
  if (hint !== undefined) {
    const margin = WINDOW + exact.length;
    fuzzyBest = fuzzy(Math.max(0, hint - margin), Math.min(text.length, hint + exact.length + margin));
  }
  if (!fuzzyBest || !isAcceptable(fuzzyBest)) {
    const everywhere = searchEverywhere();
    if (everywhere && (!fuzzyBest || everywhere.score > fuzzyBest.score)) fuzzyBest = everywhere;
  }
  if (fuzzyBest && isAcceptable(fuzzyBest)) return place(fuzzyBest);

  // 4. nothing good enough: an orphan, with the best guess kept for the editor to judge
  const guess = best([exactBest, fuzzyBest].filter((c): c is Scored => c !== undefined));
  return guess
    ? { outcome: "ORPHANED", score: guess.score, bestCandidate: selectorAt(text, index, guess.start, guess.end) }
    : { outcome: "ORPHANED", score: 0 };
}

/**
 * Widens each changed range by `margin` (a match may straddle the change) and merges the
 * windows that then overlap or touch: after a 5 % edit a text has hundreds of small changes
 * whose windows overlap, and searching the overlap once per window was most of the cost
 * (seed 1 of the benchmark: 4,246 searches → 647, same outcomes on ten seeds). Windows
 * with unchanged text between them stay apart, because approx-string-match reports only
 * the fewest-error matches of a region and each change must keep its own best candidates;
 * `count` is how many changes a merged window covers, each with its own candidate quota.
 */
export function mergeRanges(ranges: readonly { start: number; end: number }[], margin: number, length: number): { start: number; end: number; count: number }[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const out: { start: number; end: number; count: number }[] = [];
  for (const r of sorted) {
    const start = Math.max(0, r.start - margin);
    const end = Math.min(length, r.end + margin);
    const last = out[out.length - 1];
    if (last && start <= last.end) {
      last.end = Math.max(last.end, end);
      last.count++;
    } else out.push({ start, end, count: 1 });
  }
  return out;
}

function best(candidates: Scored[]): Scored | undefined {
  let top: Scored | undefined;
  for (const c of candidates) if (!top || c.score > top.score) top = c;
  return top;
}
