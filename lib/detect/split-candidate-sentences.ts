import nlp from "compromise";
import { hasClaimCue } from "./has-claim-cue";
import { isClutterParagraph } from "./is-clutter-paragraph";

/** A sentence worth tagging, with its UTF-16 offset in the article text. */
export type CandidateSentence = { text: string; offset: number };

type SplitSentences = (text: string, world: unknown) => string[];

/** compromise's own sentence splitter, without tagging (tokenising and tagging are the slow parts). */
const world = nlp.world() as unknown as { methods: { one: { tokenize: { splitSentences: SplitSentences } } } };
const splitSentences = world.methods.one.tokenize.splitSentences;

/**
 * Splits canonical text (paragraphs joined by "\n\n") into sentences, skips clutter paragraphs,
 * and keeps only sentences that pass the cue prefilter.
 */
export function splitCandidateSentences(text: string): CandidateSentence[] {
  const out: CandidateSentence[] = [];
  let paragraphStart = 0;
  for (const paragraph of text.split("\n\n")) {
    if (!isClutterParagraph(paragraph)) {
      let cursor = 0;
      for (const sentence of splitSentences(paragraph, world)) {
        const at = paragraph.indexOf(sentence, cursor);
        const start = at === -1 ? cursor : at;
        cursor = start + sentence.length;
        if (hasClaimCue(sentence)) out.push({ text: sentence, offset: paragraphStart + start });
      }
    }
    paragraphStart += paragraph.length + 2;
  }
  return out;
}
