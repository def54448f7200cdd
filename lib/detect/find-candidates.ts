import { findAge } from "./rules/find-age";
import { findAttribution } from "./rules/find-attribution";
import { findCausal } from "./rules/find-causal";
import { findComparison } from "./rules/find-comparison";
import { findCount } from "./rules/find-count";
import { findDate } from "./rules/find-date";
import { findMoney } from "./rules/find-money";
import { findNumber } from "./rules/find-number";
import { findRanking } from "./rules/find-ranking";
import type { Span } from "./merge-spans";
import { hasTag, type Token } from "./token";

const RULES = [findMoney, findNumber, findDate, findAge, findCount, findRanking, findComparison, findCausal, findAttribution];

/** Runs every kind's rule over one tagged sentence and locates the findings in the article text. */
export function findCandidates(tokens: Token[]): Span[] {
  const spans: Span[] = [];
  for (const rule of RULES) {
    for (const c of rule(tokens)) {
      const first = tokens[c.from];
      const last = tokens[c.to];
      if (!first || !last) continue;
      // a named entity makes a claim checkable: there is someone or something to check it against
      const named = tokens.slice(c.from, c.to + 1).some((t) => hasTag(t, "ProperNoun", "Organization", "Place", "Person", "Acronym"));
      spans.push({
        kind: c.kind,
        start: first.start,
        end: last.end,
        score: Math.min(1, c.score + (named ? 0.1 : 0)),
        reason: named ? `${c.reason} and a named entity` : c.reason,
      });
    }
  }
  return spans;
}
