import { extendNounPhraseRight } from "../phrase-bounds";
import type { Candidate } from "../suggestion-types";
import { hasTag, type Token } from "../token";

const RANK_WORDS = new Set(["first", "last", "second", "third", "fourth", "fifth", "only", "record", "top", "biggest", "largest", "highest", "lowest", "worst", "best", "most", "least", "fastest", "oldest", "youngest", "longest"]);
/** Words that qualify a superlative in time: "since 2018", "ever", "on record", "in decades". */
const QUALIFIERS = new Set(["since", "ever", "record", "history", "decades", "years", "century"]);

/**
 * Rankings and superlatives with what they rank: "the first in-person meeting between the heads
 * of NASA and Russia's space agency, Roscosmos, since 2018", "the highest since 1999".
 */
export function findRanking(tokens: Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || !(RANK_WORDS.has(t.normal) || hasTag(t, "Superlative"))) continue;
    const det = tokens[i - 1];
    if (!hasTag(det, "Determiner", "Possessive") || ["a", "an"].includes(det?.normal ?? "")) continue;
    let to = extendNounPhraseRight(tokens, i);
    to = extendToQualifier(tokens, to);
    out.push({ kind: "ranking", from: i - 1, to, score: 0.85, reason: "contains a ranking or superlative" });
    i = to;
  }
  return out;
}

/** Reaches forward (up to 20 tokens, commas allowed) to a "since 2018" / "ever" qualifier and its date. */
function extendToQualifier(tokens: Token[], to: number): number {
  for (let k = to + 1; k < tokens.length && k - to <= 20; k++) {
    const t = tokens[k];
    if (!t || /[.;!?]/.test(tokens[k - 1]?.post ?? "")) break;
    if (!QUALIFIERS.has(t.normal) || (t.normal !== "since" && k - to > 6)) continue;
    if (t.normal !== "since") return k;
    // "since 2018", "since it was introduced in 2009": reach the year within six words
    for (let end = k + 1; end <= k + 6 && end < tokens.length; end++) {
      if (hasTag(tokens[end], "Year", "Date", "Value")) return end;
      if (/[,;.]/.test(tokens[end]?.post ?? "")) break;
    }
    return to;
  }
  return to;
}
