import { diffWordsWithSpace } from "diff";
import { codePointLength } from "@/lib/text/code-points";

/** One run of a word-level diff; offsets are code points in the old and the new text. */
export interface WordDiffHunk {
  kind: "equal" | "insert" | "delete";
  text: string;
  oldStart: number;
  oldEnd: number;
  newStart: number;
  newEnd: number;
}

/**
 * Word-level diff between two revisions' texts for the revision-history page (words,
 * punctuation and whitespace runs are the tokens, so the hunks concatenate back to either
 * text). The offsets let the page place each side's claims next to the hunks.
 */
export function diffWords(oldText: string, newText: string): WordDiffHunk[] {
  const hunks: WordDiffHunk[] = [];
  let oldPos = 0;
  let newPos = 0;
  for (const change of diffWordsWithSpace(oldText, newText)) {
    const length = codePointLength(change.value);
    const kind = change.added ? "insert" : change.removed ? "delete" : "equal";
    const oldEnd = kind === "insert" ? oldPos : oldPos + length;
    const newEnd = kind === "delete" ? newPos : newPos + length;
    hunks.push({ kind, text: change.value, oldStart: oldPos, oldEnd, newStart: newPos, newEnd });
    oldPos = oldEnd;
    newPos = newEnd;
  }
  return hunks;
}
