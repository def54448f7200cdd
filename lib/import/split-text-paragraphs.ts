import { normalizeParagraph } from "./normalize-paragraphs";

// A block is hard-wrapped (an e-mail, a .txt file at 72 columns) when its lines, except the
// last, are all of similar medium length and most do not end a sentence. Text copied from a
// web page instead has one line per block element and is kept line by line.
function isHardWrapped(lines: readonly string[]): boolean {
  if (lines.length < 2) return false;
  const body = lines.slice(0, -1);
  const medium = body.every((l) => l.length >= 40 && l.length <= 100);
  const openEnded = body.filter((l) => !/[.!?:"”’)]$/.test(l)).length;
  return medium && openEnded * 2 > body.length;
}

/**
 * Splits plain text into paragraphs: blocks are separated by blank lines; inside a block,
 * each line is a paragraph unless the block is hard-wrapped prose, whose lines are joined.
 */
export function splitTextParagraphs(text: string): string[] {
  const paragraphs: string[] = [];
  for (const block of text.split(/\n[ \t\u00A0]*\n/)) {
    const lines = block.split("\n").map((l) => l.trim()).filter((l) => l.length > 0);
    const parts = isHardWrapped(lines) ? [lines.join(" ")] : lines;
    for (const part of parts) {
      const p = normalizeParagraph(part);
      if (p) paragraphs.push(p);
    }
  }
  return paragraphs;
}
