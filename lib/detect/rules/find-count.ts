import { extendCoordination, extendLeftModifiers, extendNominalRun } from "../phrase-bounds";
import type { Candidate } from "../suggestion-types";
import { breaksAfter, hasTag, type Token } from "../token";

const NOT_COUNTED = new Set(["percent", "per", "cent", "year", "years", "month", "months", "day", "days", "week", "weeks", "decade", "decades", "hours", "times"]);

const DEFINITE = new Set(["the", "these", "those", "its", "their", "his", "her", "our", "all"]);

/**
 * Counts of people or things: a cardinal followed by a plural noun phrase ("4,500 people"),
 * with hedges ("more than") and coordinated lists ("two U.S. astronauts, a Russian cosmonaut
 * and a Japanese astronaut").
 */
export function findCount(tokens: Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || !hasTag(t, "Cardinal", "Value") || hasTag(t, "Money", "Percent", "Year", "Ordinal")) continue;
    if (hasTag(tokens[i - 1], "Value") || hasTag(tokens[i - 1], "Money")) continue;
    // "the two chiefs" refers back to things already named; it is not a count to check
    if (DEFINITE.has(tokens[i - 1]?.normal ?? "") && hasTag(t, "TextValue")) continue;
    let last = i;
    while (!breaksAfter(tokens[last]) && hasTag(tokens[last + 1], "Value") && !hasTag(tokens[last + 1], "Year")) last++;
    const next = tokens[last + 1];
    if (breaksAfter(tokens[last]) || !next || NOT_COUNTED.has(next.normal) || hasTag(next, "Currency")) continue;
    const head = extendNominalRun(tokens, last, 4);
    if (head === last || !hasTag(tokens[head], "Plural", "Noun") || NOT_COUNTED.has(tokens[head]?.normal ?? "")) continue;
    const to = extendCoordination(tokens, head);
    out.push({ kind: "count", from: extendLeftModifiers(tokens, i), to, score: 0.75, reason: "contains a count" });
    i = to;
  }
  return out;
}
