import { extendLeftModifiers, extendNominalRun } from "../phrase-bounds";
import type { Candidate } from "../suggestion-types";
import { breaksAfter, hasTag, type Token } from "../token";

/** Verbs whose object is an amount: "cost 5 million euros", "raised $2bn". */
const MONEY_VERBS = new Set(["cost", "costs", "spent", "spend", "spends", "raised", "paid", "pay", "pays", "earned", "lost", "owes", "owed", "worth", "budgeted", "fined", "invested", "borrowed"]);

/** Money amounts (compromise's #Money and #Currency tags) with their noun: "the $100 billion ISS". */
export function findMoney(tokens: Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isMoneyStart(tokens, i)) continue;
    let to = i;
    while (!breaksAfter(tokens[to]) && hasTag(tokens[to + 1], "Value", "Money", "Currency")) to++;
    if (!breaksAfter(tokens[to]) && hasTag(tokens[to + 1], "Noun") && !hasTag(tokens[to + 1], "Pronoun")) {
      to = extendNominalRun(tokens, to + 1, 3);
    }
    let from = extendLeftModifiers(tokens, i);
    if (from === i && MONEY_VERBS.has(tokens[i - 1]?.normal ?? "")) from = i - 1;
    out.push({ kind: "money", from, to, score: 0.9, reason: "contains a money amount" });
    i = to;
  }
  return out;
}

/** A #Money token, or a number followed by a currency word ("5 million euros"). */
function isMoneyStart(tokens: Token[], i: number): boolean {
  if (hasTag(tokens[i], "Money")) return !hasTag(tokens[i - 1], "Money");
  if (!hasTag(tokens[i], "Value") || hasTag(tokens[i - 1], "Value")) return false;
  let j = i;
  while (hasTag(tokens[j + 1], "Value")) j++;
  return hasTag(tokens[j + 1], "Currency");
}
