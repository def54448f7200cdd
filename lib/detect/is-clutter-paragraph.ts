/** Phrases that mark page furniture rather than reporting (share bars, sign-up boxes, comment forms). */
const CLUTTER =
  /\b(subscribe|sign up|newsletter|follow us|share this|advertisement|cookies?|all rights reserved|leave a reply|please enter|read more|related:|click here|text size|support our journalism|disclaimer)\b/i;

/**
 * True for paragraphs that are obvious page clutter: boilerplate phrases in a short line,
 * shouting headings, or short lines with no sentence punctuation (bylines, menus, datelines).
 * Suggestions are never made inside them.
 */
export function isClutterParagraph(paragraph: string): boolean {
  const line = paragraph.trim();
  if (line.length === 0) return true;
  if (line.length < 300 && CLUTTER.test(line)) return true;
  const letters = line.replace(/[^\p{L}]/gu, "");
  if (letters.length > 3 && letters === letters.toUpperCase()) return true;
  const words = line.split(/\s+/).length;
  return words < 8 && !/[.!?"”]$/.test(line);
}
