import nlp from "compromise";
import type { Token } from "./token";

/**
 * compromise's compute steps up to the pre-tagger. The post-tagger's rule sweep doubles the cost
 * and changes little the rules rely on (numbers, money, years, superlatives, nouns vs verbs).
 */
const TAG_STEPS = ["contractions", "alias", "machine", "index", "id", "freeze", "typeahead", "lexicon", "preTagger"];

type Term = { text: string; normal: string; pre: string; post: string; tags: Set<string> };

/** Tags one sentence with compromise and returns its terms with offsets into the article text. */
export function tagSentence(sentence: string, offset: number): Token[] {
  const doc = nlp.tokenize(sentence);
  doc.compute(TAG_STEPS);
  const tokens: Token[] = [];
  let cursor = 0;
  for (const term of (doc.docs as Term[][]).flat()) {
    // contractions yield implied terms with no text of their own
    if (term.text === "") continue;
    const at = sentence.indexOf(term.text, cursor);
    if (at === -1) continue;
    cursor = at + term.text.length;
    tokens.push({ text: term.text, normal: term.normal, tags: term.tags, pre: term.pre, post: term.post, start: offset + at, end: offset + cursor });
  }
  return tokens;
}
