import { extendClause } from "../phrase-bounds";
import type { Candidate } from "../suggestion-types";
import { hasTag, type Token } from "../token";

/** Comparisons that stand without "than": "twice as", "compared with", "up from", "doubled". */
const CHANGE_WORDS = new Set(["doubled", "tripled", "halved", "twice", "compared", "outnumbered", "surpassed", "overtook"]);

/**
 * Comparisons: a comparative with "than" ("higher than expected"), changes ("doubled",
 * "up from"), with the clause that says what is compared. "more than 300" is a hedge on
 * a count and left to the count rule.
 */
export function findComparison(tokens: Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    const thanAt = hasTag(t, "Comparative") || ["more", "less", "fewer"].includes(t.normal) ? findThan(tokens, i) : -1;
    const isChange = CHANGE_WORDS.has(t.normal) || (["up", "down"].includes(t.normal) && tokens[i + 1]?.normal === "from");
    if (thanAt === -1 && !isChange) continue;
    if (thanAt !== -1 && hasTag(tokens[thanAt + 1], "Value", "Money")) continue;
    const [from, to] = extendClause(tokens, i, thanAt === -1 ? i : thanAt + 1, 6);
    out.push({ kind: "comparison", from, to, score: 0.7, reason: "contains a comparison" });
    i = to;
  }
  return out;
}

/** The index of "than" within two words after a comparative, or -1. */
function findThan(tokens: Token[], i: number): number {
  for (let k = i + 1; k <= i + 3 && k < tokens.length; k++) if (tokens[k]?.normal === "than") return k;
  return -1;
}
