import { extendLeftModifiers, extendNounPhraseRight } from "../phrase-bounds";
import type { Candidate } from "../suggestion-types";
import { breaksAfter, hasTag, type Token } from "../token";

const TIME_UNITS = new Set(["year", "years", "month", "months", "decade", "decades", "week", "weeks", "day", "days", "century", "centuries", "hour", "hours"]);
const DURATION_PREPOSITIONS = new Set(["for", "after", "over", "within", "in", "nearly", "almost"]);

/**
 * Ages and durations: "a 25-year-old totem of scientific diplomacy", "aged 54",
 * "for 12 years". The span keeps the thing that is that old or lasted that long.
 */
export function findAge(tokens: Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || !hasTag(t, "Value") || hasTag(t, "Money", "Percent", "Year")) continue;
    if (tokens[i - 1]?.normal === "aged") {
      out.push({ kind: "age", from: i - 1, to: i, score: 0.75, reason: "contains an age" });
      continue;
    }
    const unit = tokens[i + 1];
    if (!unit || !TIME_UNITS.has(unit.normal)) continue;
    if (tokens[i + 2]?.normal === "old") {
      // "25-year-old totem": the noun after "old" is what the age describes
      const from = extendLeftModifiers(tokens, i);
      const to = breaksAfter(tokens[i + 2]) ? i + 2 : extendNounPhraseRight(tokens, i + 2);
      out.push({ kind: "age", from, to, score: 0.8, reason: "contains an age" });
      i = to;
    } else if (unit.post === "-" || DURATION_PREPOSITIONS.has(tokens[i - 1]?.normal ?? "")) {
      const from = unit.post === "-" ? extendLeftModifiers(tokens, i) : i - 1;
      const to = unit.post === "-" ? extendNounPhraseRight(tokens, i + 1) : extendNounPhraseRight(tokens, i + 1, 3);
      out.push({ kind: "age", from, to, score: 0.7, reason: "contains a duration" });
      i = to;
    }
  }
  return out;
}
