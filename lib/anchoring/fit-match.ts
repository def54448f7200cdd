import { snapToCodePointEnd, snapToCodePointStart } from "@/lib/text/code-points";
import type { Candidate } from "@/lib/anchoring/find-candidates";

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
/** How far a fuzzy match may grow to reach a word boundary. */
const MAX_GROW = 24;

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD_CHAR.test(ch);
}

/**
 * Tidies the edges of an approximate match so a fuzzy claim highlights whole words:
 * never splits a surrogate pair, drops whitespace at either end, and, when the old quote
 * began (ended) on a word boundary, grows the match to the start (end) of the word it cut
 * — "billion" found as "rillion" in "trillion" becomes "trillion" — or, past `MAX_GROW`,
 * drops the cut word, so a fuzzy match never ends mid-word. Whether the old quote was on a
 * boundary comes from its own edge characters and its stored prefix/suffix.
 */
export function fitMatch(text: string, match: Candidate, exact: string, context: { prefix?: string; suffix?: string } = {}): Candidate {
  let start = snapToCodePointStart(text, match.start);
  let end = snapToCodePointEnd(text, match.end);
  while (start < end && /\s/.test(text[start] ?? "")) start++;
  while (end > start && /\s/.test(text[end - 1] ?? "")) end--;
  // the old quote began on a word boundary unless it cut a word that its prefix continues
  if (!isWordChar(exact[0]) || !isWordChar(context.prefix?.slice(-1))) {
    const limit = Math.max(0, start - MAX_GROW);
    let s = start;
    while (s > limit && isWordChar(text[s - 1]) && isWordChar(text[s])) s--;
    if (!isWordChar(text[s - 1])) start = s;
    else while (start < end && isWordChar(text[start - 1]) && isWordChar(text[start])) start++; // too far: drop the cut word
  }
  // same at the end: a quote ending in "Houston." must not become "the meeting in som"
  if (!isWordChar(exact[exact.length - 1]) || !isWordChar(context.suffix?.[0])) {
    const limit = Math.min(text.length, end + MAX_GROW);
    let e = end;
    while (e < limit && isWordChar(text[e]) && isWordChar(text[e - 1])) e++;
    if (!isWordChar(text[e])) end = e;
    else while (end > start && isWordChar(text[end]) && isWordChar(text[end - 1])) end--;
  }
  // each character grown onto (or cut off) the match is at most one more edit
  const moved = Math.abs(match.start - start) + Math.abs(end - match.end);
  return { start, end, errors: match.errors + moved };
}
