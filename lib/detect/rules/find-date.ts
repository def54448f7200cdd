import type { Candidate } from "../suggestion-types";
import { breaksAfter, hasTag, isClauseWord, isNominal, type Token } from "../token";

const MONTHS = new Set(["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]);
const DATE_PREPOSITIONS = new Set(["in", "on", "since", "by", "until", "from", "before", "after", "between", "through", "during", "as", "of"]);

/**
 * Calendar dates a checker can verify: a year, or a month with a day or year ("in February 2022").
 * Bare weekdays and "this month" are left out: they are rarely what a claim turns on.
 * The span takes the event it dates: "invaded Ukraine in February 2022",
 * "the planned disposal of the ISS in 2030".
 */
export function findDate(tokens: Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isDatePart(tokens, i)) continue;
    let to = i;
    while (!breaksAfter(tokens[to]) && (isDatePart(tokens, to + 1) || isDayNumber(tokens, to + 1))) to++;
    if (!isCalendarDate(tokens, i, to)) continue;
    let from = i;
    if (DATE_PREPOSITIONS.has(tokens[i - 1]?.normal ?? "")) from = i - 1;
    out.push({ kind: "date", from: extendToEvent(tokens, from), to, score: 0.75, reason: "contains a date" });
    i = to;
  }
  return out;
}

function isDatePart(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (hasTag(t, "Year") || /^(1[89]|20)\d\d$/.test(t.text)) return !hasTag(t, "Money", "Percent");
  return MONTHS.has(t.normal) && (t.normal !== "may" || /^[A-Z]/.test(t.text));
}

function isDayNumber(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  return t !== undefined && /^\d{1,2}(st|nd|rd|th)?$/.test(t.text) && (MONTHS.has(tokens[i - 1]?.normal ?? "") || MONTHS.has(tokens[i + 1]?.normal ?? ""));
}

/** A year alone counts; a month alone counts only with a day or year. */
function isCalendarDate(tokens: Token[], from: number, to: number): boolean {
  const parts = tokens.slice(from, to + 1);
  return parts.some((t) => /^\d/.test(t.text)) && !(parts.length === 1 && parts[0]?.normal === "may");
}

/** Walks left over the noun phrase it dates, taking the verb if one comes first; never crosses a clause. */
function extendToEvent(tokens: Token[], from: number): number {
  let i = from;
  let best = from;
  while (i > 0 && from - i < 8) {
    const prev = tokens[i - 1];
    if (!prev || breaksAfter(prev) || isClauseWord(prev) || hasTag(prev, "Pronoun")) break;
    if (hasTag(prev, "Verb") && !hasTag(prev, "Auxiliary", "Copula")) return i - 1;
    if (!isNominal(prev) && prev.normal !== "of") break;
    i--;
    if (hasTag(prev, "Determiner")) best = i;
  }
  return best;
}
