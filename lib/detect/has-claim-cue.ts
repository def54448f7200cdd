/**
 * The cheap prefilter: a sentence is tagged by compromise only if it has a digit, a number
 * word, a month, a superlative or ordinal, a comparison, causal or time cue, or a quotation.
 * Tagging is the slow part (~1 ms a sentence), so this decides the detector's speed.
 */
const CUE = new RegExp(
  [
    "\\d",
    "[“\"]",
    "\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|trillions?|half|percent)\\b",
    "\\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\\b",
    "\\b(?:first|last|record|most|least|since|than|compared|twice|doubled?|tripled?|halved|\\w{3,}est)\\b",
    "\\b(?:because|due to|lead(?:s|ing)? to|led to|caus(?:e|es|ed|ing)|result(?:ed)? in|as a result|blamed|thanks to|driven by|triggered|fuel+ed by|contributed to)\\b",
  ].join("|"),
  "i",
);

/** True when the sentence might hold a check-worthy claim and is worth tagging. */
export function hasClaimCue(sentence: string): boolean {
  return CUE.test(sentence);
}
