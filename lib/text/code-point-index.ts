import { codePointLength, snapToCodePointStart } from "@/lib/text/code-points";

/**
 * A precomputed two-way map between UTF-16 indices and code-point offsets of one text.
 * Converting one offset with `codePointToUtf16` is O(n); re-anchoring 1,000 claims on a
 * 100 kB text needs thousands of conversions, so batch work builds this once (O(n) memory,
 * and none at all for texts without astral characters).
 */
export interface CodePointIndex {
  /** Length of the text in code points. */
  readonly length: number;
  /** Code-point offset → UTF-16 index (clamped to the text). */
  toUtf16(offset: number): number;
  /** UTF-16 index → code-point offset (an index inside a surrogate pair rounds down). */
  toCodePoint(index: number): number;
}

/** Builds the {@link CodePointIndex} of `text`. */
export function createCodePointIndex(text: string): CodePointIndex {
  const cpLength = codePointLength(text);
  if (cpLength === text.length) {
    const clamp = (n: number) => Math.max(0, Math.min(Math.trunc(n), text.length));
    return { length: cpLength, toUtf16: clamp, toCodePoint: clamp };
  }
  const cpToU16 = new Uint32Array(cpLength + 1);
  const u16ToCp = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    if (snapToCodePointStart(text, i) === i) cpToU16[cp++] = i;
    // the low half of a surrogate pair maps to the character it belongs to
    u16ToCp[i] = cp - 1;
  }
  cpToU16[cpLength] = text.length;
  u16ToCp[text.length] = cpLength;
  return {
    length: cpLength,
    toUtf16: (offset) => cpToU16[Math.max(0, Math.min(Math.trunc(offset), cpLength))] ?? text.length,
    toCodePoint: (index) => u16ToCp[Math.max(0, Math.min(Math.trunc(index), text.length))] ?? cpLength,
  };
}
