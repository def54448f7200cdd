/**
 * Code-point helpers. JavaScript strings index UTF-16 code units, but the W3C annotation
 * model (and Factmark's API) counts Unicode code points: an emoji is one, a combining mark
 * is one of its own. Everything that crosses the API boundary goes through these.
 */

const SURROGATE = /[\uD800-\uDFFF]/;

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** Number of Unicode code points in `text` (an astral character such as 😀 counts once). */
export function codePointLength(text: string): number {
  if (!SURROGATE.test(text)) return text.length;
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    if (!(isLowSurrogate(text.charCodeAt(i)) && i > 0 && isHighSurrogate(text.charCodeAt(i - 1)))) count++;
  }
  return count;
}

/**
 * Converts a UTF-16 index into a code-point offset. An index that points at the second half
 * of a surrogate pair rounds down to the start of that character.
 */
export function utf16ToCodePoint(text: string, index: number): number {
  return codePointLength(text.slice(0, snapToCodePointStart(text, index)));
}

/** Converts a code-point offset into a UTF-16 index; offsets past the end clamp to `text.length`. */
export function codePointToUtf16(text: string, offset: number): number {
  if (!SURROGATE.test(text)) return Math.max(0, Math.min(offset, text.length));
  let cp = 0;
  let i = 0;
  while (i < text.length && cp < offset) {
    i += isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1)) ? 2 : 1;
    cp++;
  }
  return i;
}

/** `text` between code-point offsets `start` (inclusive) and `end` (exclusive). */
export function sliceByCodePoints(text: string, start: number, end?: number): string {
  const from = codePointToUtf16(text, start);
  const to = end === undefined ? text.length : codePointToUtf16(text, end);
  return text.slice(from, Math.max(from, to));
}

/** Moves a UTF-16 index back off the low half of a surrogate pair, so a slice never splits a character. */
export function snapToCodePointStart(text: string, index: number): number {
  const i = Math.max(0, Math.min(index, text.length));
  if (i > 0 && i < text.length && isLowSurrogate(text.charCodeAt(i)) && isHighSurrogate(text.charCodeAt(i - 1))) {
    return i - 1;
  }
  return i;
}

/** Moves a UTF-16 end index forward past the low half of a surrogate pair it would split. */
export function snapToCodePointEnd(text: string, index: number): number {
  const i = Math.max(0, Math.min(index, text.length));
  if (i > 0 && i < text.length && isLowSurrogate(text.charCodeAt(i)) && isHighSurrogate(text.charCodeAt(i - 1))) {
    return i + 1;
  }
  return i;
}
