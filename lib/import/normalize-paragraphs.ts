import { normalizeText } from "@/lib/anchoring/normalize-text";

/**
 * Tidies one paragraph: NFC, whitespace runs (including no-break spaces and stray line
 * breaks) collapsed to one space, trimmed. Paragraphs never contain a newline, so the
 * joined text is stable under the shared `normalizeText`.
 */
export function normalizeParagraph(paragraph: string): string {
  return paragraph.normalize("NFC").replace(/[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g, " ").trim();
}

/**
 * Joins tidied, non-empty paragraphs with exactly one blank line: the canonical article
 * text. Passed through the shared `normalizeText` so import and later text updates agree.
 */
export function joinParagraphs(paragraphs: readonly string[]): string {
  return normalizeText(paragraphs.map(normalizeParagraph).filter((p) => p.length > 0).join("\n\n"));
}
