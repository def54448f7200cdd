import { buildSuggestions } from "./build-suggestions";
import { findCandidates } from "./find-candidates";
import { mergeSpans, type Span } from "./merge-spans";
import { splitCandidateSentences } from "./split-candidate-sentences";
import type { Suggestion } from "./suggestion-types";
import { tagSentence } from "./tag-sentence";

/**
 * Finds check-worthy phrases in an article's canonical text (NFC, paragraphs joined by "\n\n"):
 * money, numbers, dates, ages, counts, rankings, comparisons, causal claims and quotations.
 * Only sentences passing a cheap cue prefilter are tagged with compromise; each kind's rule
 * then widens the cue to its phrase, and heavily overlapping spans merge into the larger.
 * Offsets are Unicode code points; pure and deterministic, so keys are stable across runs.
 */
export function detectSuggestions(text: string): Suggestion[] {
  const spans: Span[] = [];
  for (const sentence of splitCandidateSentences(text)) {
    spans.push(...findCandidates(tagSentence(sentence.text, sentence.offset)));
  }
  return buildSuggestions(text, mergeSpans(spans));
}
