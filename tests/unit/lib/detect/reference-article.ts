import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * The reference article's body as canonical text: the lines from the "WASHINGTON (Reuters)"
 * one up to "(Reporting by", blank lines dropped, paragraphs joined by "\n\n", NFC.
 */
export function readReferenceArticle(): string {
  const raw = readFileSync(path.join(__dirname, "../../../../prisma/demo/iss-roscosmos-article.txt"), "utf8");
  const lines = raw.split(/\r?\n/);
  const from = lines.findIndex((l) => l.startsWith("WASHINGTON (Reuters)"));
  const to = lines.findIndex((l) => l.startsWith("(Reporting by"));
  return lines
    .slice(from, to)
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .join("\n\n")
    .normalize("NFC");
}
