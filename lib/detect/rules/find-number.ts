import { extendClause } from "../phrase-bounds";
import type { Candidate } from "../suggestion-types";
import { hasTag, type Token } from "../token";

/** Units that make a bare number a statistic rather than a count. */
const STAT_UNITS = new Set(["percent", "per", "cent", "percentage", "points", "degrees", "km", "kilometres", "kilometers", "miles", "tonnes", "tons", "kg", "metres", "meters", "feet", "mph", "celsius", "fahrenheit"]);

/** Percentages, rates and measured figures, with the clause that says what they measure. */
export function findNumber(tokens: Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token || !hasTag(token, "Value") || hasTag(token, "Money", "Year")) continue;
    const isPercent = hasTag(token, "Percent") || STAT_UNITS.has(tokens[i + 1]?.normal ?? "");
    const isDecimal = /\d[.,]\d/.test(token.text) && !/\d,\d{3}\b/.test(token.text);
    const isRatio = tokens[i + 1]?.normal === "in" && hasTag(tokens[i + 2], "Value") && !hasTag(tokens[i + 2], "Year");
    if (!isPercent && !isDecimal && !isRatio) continue;
    const to = isRatio ? i + 2 : STAT_UNITS.has(tokens[i + 1]?.normal ?? "") ? i + 1 : i;
    const [from, end] = extendClause(tokens, i, to, 6);
    out.push({ kind: "number", from, to: end, score: 0.85, reason: isPercent ? "contains a percentage or measured figure" : "contains a statistic" });
    i = to;
  }
  return out;
}
