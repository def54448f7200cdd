import { BLOCK_RULES, LINE_RULES, type ClutterRule } from "./clutter-rules";

// A promotional block goes on while its paragraphs read as sentences about the same thing;
// a headline (no final punctuation) stops it, so the article after a plea is never eaten.
const SENTENCE = /[.!?…"”]$/;

/** The first rule a paragraph matches, if any. */
export function findRule(rules: readonly ClutterRule[], paragraph: string): ClutterRule | undefined {
  return rules.find((r) => r.matches(paragraph));
}

/**
 * Drops clutter paragraphs that may appear anywhere on a page (line rules) and promotional
 * blocks (a "Support Our Journalism" heading and its plea). Returns the kept paragraphs and
 * the names of the rules that fired, for tests and diagnostics.
 */
export function removeClutter(paragraphs: readonly string[]): { kept: string[]; fired: string[] } {
  const kept: string[] = [];
  const fired: string[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    const block = BLOCK_RULES.find((r) => r.heading.test(p));
    if (block) {
      fired.push(block.name);
      while (i + 1 < paragraphs.length && SENTENCE.test(paragraphs[i + 1]!) && block.continues.test(paragraphs[i + 1]!)) i++;
      continue;
    }
    const rule = findRule(LINE_RULES, p);
    if (rule) fired.push(rule.name);
    else kept.push(p);
  }
  return { kept, fired };
}
