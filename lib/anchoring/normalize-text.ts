/**
 * The one canonical form of an article's text. Selectors are offsets into this form, so
 * import and "update text" must both go through this function — two slightly different
 * normalisations would shift every claim after the first difference.
 *
 * - Unicode NFC (a precomposed "é" and "e" + U+0301 become the same single code point);
 * - line endings \r\n, \r, U+0085, U+2028 → \n and U+2029 → a paragraph break;
 * - a byte-order mark is dropped;
 * - inside a line, runs of spaces, tabs, no-break and other Unicode spaces become one
 *   space; lines are trimmed at both ends (indentation carries no meaning in prose);
 * - three or more line breaks (blank or whitespace-only lines) become exactly one blank line;
 * - the whole text is trimmed.
 *
 * Idempotent: `normalizeText(normalizeText(x)) === normalizeText(x)`.
 */
export function normalizeText(text: string): string {
  const lines = text
    .normalize("NFC")
    .replace(/\uFEFF/g, "")
    .replace(/\u2029/g, "\n\n")
    .replace(/\r\n?|[\u0085\u2028]/g, "\n")
    .split("\n")
    .map((line) => line.replace(/[\t\v\f \u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g, " ").trim());
  // NFC again: removing whitespace never creates a composable pair today, but this keeps
  // the result canonical even if a future rule does.
  return lines
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim()
    .normalize("NFC");
}
