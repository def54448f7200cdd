import { extendClause } from "../phrase-bounds";
import type { Candidate } from "../suggestion-types";
import type { Token } from "../token";

/** Causal cue phrases, as sequences of normalised words. */
const CUES = [
  "because of", "because", "due to", "led to", "lead to", "leads to", "leading to", "caused", "causes",
  "causing", "as a result of", "resulted in", "result in", "blamed on", "blamed for", "thanks to",
  "driven by", "triggered", "fuelled by", "fueled by", "contributed to", "responsible for",
].map((cue) => cue.split(" "));

/**
 * Causal claims ("The war in Ukraine has led to a vastly isolated Russian space program"):
 * the clause on both sides of a causal cue, since cause and effect are both part of the claim.
 */
export function findCausal(tokens: Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const cue = CUES.find((words) => words.every((w, k) => tokens[i + k]?.normal === w));
    if (!cue) continue;
    const cueEnd = i + cue.length - 1;
    const [from, to] = extendClause(tokens, i, cueEnd, 10);
    out.push({ kind: "causal", from, to, score: 0.65, reason: "contains a causal claim" });
    i = to;
  }
  return out;
}
