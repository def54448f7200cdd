/** One compromise term with its UTF-16 offsets in the whole article text. */
export type Token = {
  text: string;
  normal: string;
  tags: Set<string>;
  pre: string;
  post: string;
  start: number;
  end: number;
};

/** Words that open a new clause: a phrase never extends across them. */
const CLAUSE_WORDS = new Set([
  "and", "but", "or", "while", "whereas", "although", "though", "which", "who", "whom",
  "that", "until", "when", "after", "before", "because", "if", "as", "so", "where", "whose",
]);

/** True when the token carries any of the compromise tags. */
export function hasTag(token: Token | undefined, ...tags: string[]): boolean {
  return token !== undefined && tags.some((tag) => token.tags.has(tag));
}

/** True when punctuation after the token ends a phrase (comma, dash, colon, bracket, quote, full stop). */
export function breaksAfter(token: Token | undefined): boolean {
  if (token === undefined) return true;
  return /[,;:.!?()\[\]"“”—–]|\s-\s/.test(token.post);
}

/** True for conjunctions and subordinators that start another clause. */
export function isClauseWord(token: Token | undefined): boolean {
  // "after-hours" is one word, not a clause opener
  return token !== undefined && CLAUSE_WORDS.has(token.normal) && token.post !== "-";
}

/** True when the token is a joined part of a hyphenated word ("in-person", "25-year-old"). */
export function isHyphenJoined(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return prev !== undefined && prev.post === "-";
}

/** True for tokens that can sit inside a noun phrase (not pronouns, verbs or prepositions). */
export function isNominal(token: Token | undefined): boolean {
  if (token === undefined || hasTag(token, "Pronoun", "Conjunction", "Preposition")) return false;
  if (hasTag(token, "Verb") && !hasTag(token, "Gerund", "Participle")) return false;
  return hasTag(token, "Noun", "Adjective", "Value", "Possessive", "Acronym", "Determiner");
}
