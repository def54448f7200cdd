import { diffArrays, diffWordsWithSpace } from "diff";
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

/** Paragraphs with their trailing blank-line separator, so they concatenate back to the text. */
function splitParagraphs(text: string): string[] {
  return text.match(/[^]*?(?:\n\n+|$)/g)?.filter((p) => p.length > 0) ?? [];
}

/**
 * Word-level diff between two revisions' texts for the revision-history page. Paragraphs are
 * aligned first (a moved or deleted paragraph shows as a whole, instead of its words being
 * matched against stray words elsewhere), then words are compared inside the paragraphs that
 * changed. Words, punctuation and whitespace runs are the tokens, so the hunks concatenate back
 * to either text; the offsets let the page place each side's claims next to the hunks.
 */
export function diffWords(oldText: string, newText: string): WordDiffHunk[] {
  const hunks: WordDiffHunk[] = [];
  let oldPos = 0;
  let newPos = 0;
  const push = (kind: WordDiffHunk["kind"], text: string) => {
    if (!text) return;
    const length = codePointLength(text);
    const oldEnd = kind === "insert" ? oldPos : oldPos + length;
    const newEnd = kind === "delete" ? newPos : newPos + length;
    const last = hunks[hunks.length - 1];
    if (last && last.kind === kind) {
      last.text += text;
      last.oldEnd = oldEnd;
      last.newEnd = newEnd;
    } else {
      hunks.push({ kind, text, oldStart: oldPos, oldEnd, newStart: newPos, newEnd });
    }
    oldPos = oldEnd;
    newPos = newEnd;
  };
  const oldParas = splitParagraphs(oldText);
  const newParas = splitParagraphs(newText);
  const body = (p: string) => p.replace(/\n+$/, "");
  // compare paragraphs without their separators: the last paragraph has none
  const blocks = diffArrays(oldParas, newParas, { comparator: (a, b) => body(a) === body(b) });
  let oi = 0;
  let ni = 0;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const count = block.count ?? block.value.length;
    if (!block.added && !block.removed) {
      for (let k = 0; k < count; k++) {
        const o = oldParas[oi + k]!;
        const n = newParas[ni + k]!;
        const [oSep, nSep] = [o.slice(body(o).length), n.slice(body(n).length)];
        push("equal", body(o));
        if (oSep === nSep) push("equal", oSep);
        else {
          push("delete", oSep);
          push("insert", nSep);
        }
      }
      oi += count;
      ni += count;
      continue;
    }
    const next = blocks[i + 1];
    if (block.removed && next?.added) {
      const nextCount = next.count ?? next.value.length;
      const removed = oldParas.slice(oi, oi + count).join("");
      const added = newParas.slice(ni, ni + nextCount).join("");
      oi += count;
      ni += nextCount;
      i++;
      // a paragraph replaced by another: compare their words, unless they share almost nothing
      const words = diffWordsWithSpace(removed, added, { maxEditLength: 2_000 }) ?? [];
      const shared = words.filter((w) => !w.added && !w.removed).reduce((n, w) => n + w.value.trim().length, 0);
      if (words.length > 0 && shared >= 0.3 * Math.min(removed.length, added.length)) {
        for (const w of words) push(w.added ? "insert" : w.removed ? "delete" : "equal", w.value);
      } else {
        push("delete", removed);
        push("insert", added);
      }
      continue;
    }
    if (block.removed) {
      push("delete", oldParas.slice(oi, oi + count).join(""));
      oi += count;
    } else {
      push("insert", newParas.slice(ni, ni + count).join(""));
      ni += count;
    }
  }
  return hunks;
}
