import { countAgreementAfter, countAgreementBefore } from "@/lib/anchoring/count-agreement";

/** How far each side the verbatim context of a candidate is compared with the old text. */
const CONTEXT_CAP = 256;
/** Verbatim context shared with another old place that makes a reworded candidate a copy of it. */
const MIN_REWORDED_COPY_CONTEXT = 16;

/** The old text and where the claim was in it (UTF-16). */
export interface OldPlace {
  oldText: string;
  oldStart: number;
  oldEnd: number;
}

/**
 * True when the new-text candidate `[start, end)` is better explained as an unchanged copy of
 * OTHER words of the old text than as the claim's own words: some old occurrence of the
 * candidate's text, outside the claim, shares at least as much verbatim surrounding text with
 * the candidate as the claim's old place does. This is what a wrong match looks like — a
 * repeated phrase ("the meeting in") in a near-identical sentence after the claim's own
 * sentence was deleted — and it does not depend on how the diff aligned repeated words.
 * `atHint`: the diff put the claim here, so a tie goes to the claim.
 */
export function isCopiedElsewhere(newText: string, start: number, end: number, place: OldPlace, atHint: boolean): boolean {
  const { oldText, oldStart, oldEnd } = place;
  const candidate = newText.slice(start, end);
  const quote = oldText.slice(oldStart, oldEnd);
  // a reworded quote still agrees verbatim at its ends ("the meeting in [roughly] Kyiv.")
  const quoteAgreement = Math.min(
    candidate.length,
    countAgreementAfter(quote, 0, candidate, 0, quote.length) + countAgreementBefore(quote, quote.length, candidate, candidate.length, quote.length),
  );
  const own =
    countAgreementBefore(oldText, oldStart, newText, start, CONTEXT_CAP) +
    countAgreementAfter(oldText, oldEnd, newText, end, CONTEXT_CAP) +
    quoteAgreement;
  // full agreement on both sides: no other place can explain the candidate better
  if (own >= 2 * CONTEXT_CAP + candidate.length) return false;
  for (let at = oldText.indexOf(candidate); at !== -1; at = oldText.indexOf(candidate, at + 1)) {
    if (at < oldEnd && at + candidate.length > oldStart) continue; // the claim's own words
    const other =
      countAgreementBefore(oldText, at, newText, start, CONTEXT_CAP) +
      countAgreementAfter(oldText, at + candidate.length, newText, end, CONTEXT_CAP) +
      candidate.length;
    if (other > own || (other === own && !atHint)) return true;
    // reworded words are new text: a copy of other old words in their own setting is not them
    if (quoteAgreement < candidate.length && other - candidate.length >= MIN_REWORDED_COPY_CONTEXT) return true;
  }
  return false;
}

/**
 * Verbatim context (UTF-16 units, both sides together) that the new-text candidate
 * `[start, end)` shares with the claim's old place: the evidence that a reworded quote found
 * far from where the diff put the claim is the same passage, moved, and not a look-alike.
 */
export function countSharedContext(newText: string, start: number, end: number, place: OldPlace): number {
  return (
    countAgreementBefore(place.oldText, place.oldStart, newText, start, CONTEXT_CAP) +
    countAgreementAfter(place.oldText, place.oldEnd, newText, end, CONTEXT_CAP)
  );
}
