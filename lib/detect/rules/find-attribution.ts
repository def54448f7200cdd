import type { Candidate } from "../suggestion-types";
import type { Token } from "../token";

const SPEECH_VERBS = new Set(["said", "says", "say", "told", "stated", "added", "wrote", "claimed", "announced", "according", "insisted", "warned"]);

/**
 * Direct quotations of three words or more, attributed by a speech verb in the same sentence:
 * checking a quote means checking that the person said it.
 */
export function findAttribution(tokens: Token[]): Candidate[] {
  if (!tokens.some((t) => SPEECH_VERBS.has(t.normal))) return [];
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!/[“"]/.test(tokens[i]?.pre ?? "")) continue;
    let to = i;
    while (to < tokens.length - 1 && !/[”"]/.test(tokens[to]?.post ?? "")) to++;
    if (to - i >= 2) out.push({ kind: "attribution", from: i, to, score: 0.6, reason: "contains an attributed quotation" });
    i = to;
  }
  return out;
}
