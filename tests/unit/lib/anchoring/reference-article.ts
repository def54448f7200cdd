import { readFileSync } from "node:fs";
import path from "node:path";
import { normalizeText } from "@/lib/anchoring/normalize-text";

/** The body of the reference article (Reuters text only, no page clutter), normalised. */
export function loadReferenceArticle(): string {
  const raw = readFileSync(path.resolve(__dirname, "../../../../prisma/demo/iss-roscosmos-article.txt"), "utf8");
  const start = raw.indexOf("WASHINGTON (Reuters)");
  const end = raw.indexOf("(Reporting by");
  if (start < 0 || end < 0) throw new Error("reference article markers not found");
  return normalizeText(raw.slice(start, end));
}

/** Every sentence of `text` as a code-point range (UTF-16 = code points here: the article is BMP-only). */
export function splitSentences(text: string): { start: number; end: number; sentence: string }[] {
  const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });
  const out: { start: number; end: number; sentence: string }[] = [];
  for (const s of segmenter.segment(text)) {
    const sentence = s.segment.trim();
    if (!sentence) continue;
    const start = s.index + s.segment.indexOf(sentence);
    out.push({ start, end: start + sentence.length, sentence });
  }
  return out;
}
