import { breaksAfter, hasTag, isClauseWord, isHyphenJoined, isNominal, type Token } from "./token";

/** Speech verbs: what follows "said" is the claim, the speaker is not part of it. */
const SPEECH = new Set(["said", "says", "told", "added", "stated", "according"]);

/** Quantity hedges kept with the number they qualify ("more than 300", "at least $5"). */
const HEDGES = new Set(["more", "than", "less", "fewer", "at", "least", "most", "about", "nearly", "almost", "over", "some", "around", "roughly", "up", "to", "approximately", "under", "just", "only"]);

/** Walks left over determiners, adjectives, possessives and hedges so "the $100 billion" keeps "the". */
export function extendLeftModifiers(tokens: Token[], from: number, max = 4): number {
  let i = from;
  while (i > 0 && from - i < max) {
    const prev = tokens[i - 1];
    if (breaksAfter(prev) || isClauseWord(prev)) break;
    if (hasTag(prev, "Determiner", "Possessive") && !hasTag(prev, "Pronoun")) return i - 1;
    if (HEDGES.has(prev?.normal ?? "") || hasTag(prev, "Adjective", "Adverb") || isHyphenJoined(tokens, i)) i--;
    else break;
  }
  return i;
}

/** Walks right over a noun phrase, then one "of" attachment: "totem of scientific diplomacy". */
export function extendNounPhraseRight(tokens: Token[], to: number, max = 8): number {
  let j = extendNominalRun(tokens, to, max);
  const next = tokens[j + 1];
  if (!breaksAfter(tokens[j]) && next?.normal === "of" && isNominal(tokens[j + 2])) {
    j = extendNominalRun(tokens, j + 2, max);
  }
  return j;
}

/** Consumes following nominal tokens until punctuation or a non-nominal word. */
export function extendNominalRun(tokens: Token[], to: number, max = 8): number {
  let j = to;
  while (j - to < max && !breaksAfter(tokens[j])) {
    const next = tokens[j + 1];
    // "in-person": a hyphenated compound is nominal even when its first part is a preposition
    if (isNominal(next) || (next !== undefined && (next.post === "-" || isHyphenJoined(tokens, j + 1)))) j++;
    else break;
  }
  // a phrase ends on its head noun: drop a trailing adjective ("diplomacy crucial")
  while (j > to && !hasTag(tokens[j], "Noun", "Value") && !isHyphenJoined(tokens, j)) j--;
  return j;
}

/** Extends over a coordinated list: "two U.S. astronauts, a Russian cosmonaut and a Japanese astronaut". */
export function extendCoordination(tokens: Token[], to: number): number {
  let j = to;
  for (;;) {
    let k = j + 1;
    if (tokens[k]?.normal === "and") k++;
    else if (!/,/.test(tokens[j]?.post ?? "")) break;
    const head = tokens[k];
    if (!(head && (["a", "an"].includes(head.normal) || hasTag(head, "Value")))) break;
    const end = extendNominalRun(tokens, k);
    if (end === k || !hasTag(tokens[end], "Noun")) break;
    j = end;
  }
  return j;
}

/** Widens to the enclosing clause, stopping at punctuation and clause words, at most `max` tokens each way. */
export function extendClause(tokens: Token[], from: number, to: number, max = 8): [number, number] {
  let i = from;
  while (i > 0 && from - i < max && !breaksAfter(tokens[i - 1]) && !isClauseWord(tokens[i - 1]) && !SPEECH.has(tokens[i - 1]?.normal ?? "")) i--;
  // out of room mid-sentence: start at the verb rather than inside a name ("of England cut rates")
  if (from - i >= max) {
    const verb = tokens.slice(i, from).findIndex((t) => hasTag(t, "Verb"));
    if (verb > 0) i += verb;
  }
  let j = to;
  while (j < tokens.length - 1 && j - to < max && !breaksAfter(tokens[j]) && !isClauseWord(tokens[j + 1])) j++;
  return [i, j];
}
