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
 * — "billion" found as "rillion" in "trillion" becomes "trillion".
 */
export function fitMatch(text: string, match: Candidate, exact: string): Candidate {
  let start = snapToCodePointStart(text, match.start);
  let end = snapToCodePointEnd(text, match.end);
  while (start < end && /\s/.test(text[start] ?? "")) start++;
  while (end > start && /\s/.test(text[end - 1] ?? "")) end--;
  if (isWordChar(exact[0])) {
    const limit = Math.max(0, start - MAX_GROW);
    let s = start;
    while (s > limit && isWordChar(text[s - 1]) && isWordChar(text[s])) s--;
    if (!isWordChar(text[s - 1])) start = s;
  }
  if (isWordChar(exact[exact.length - 1])) {
    const limit = Math.min(text.length, end + MAX_GROW);
    let e = end;
    while (e < limit && isWordChar(text[e]) && isWordChar(text[e - 1])) e++;
    if (!isWordChar(text[e])) end = e;
  }
  // each character grown onto the match is at most one more edit
  const grown = Math.max(0, match.start - start) + Math.max(0, end - match.end);
  return { start, end, errors: match.errors + grown };
}
