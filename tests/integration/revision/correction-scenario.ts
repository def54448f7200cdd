// The reference article and its correction used by the revision tests: one claim's sentence
// reworded, one paragraph moved to the end, one sentence deleted.
import { readFileSync } from "node:fs";
import path from "node:path";
import { normalizeText } from "@/lib/anchoring/normalize-text";

/** The Reuters body of the reference article, normalised as import does. */
export function loadReferenceArticle(): string {
  const raw = readFileSync(path.resolve(__dirname, "../../../prisma/demo/iss-roscosmos-article.txt"), "utf8");
  const start = raw.indexOf("WASHINGTON (Reuters)");
  const end = raw.indexOf("(Reporting by");
  if (start < 0 || end < 0) throw new Error("reference article markers not found");
  return normalizeText(raw.slice(start, end));
}

export const REWORDED = { exact: "the $100 billion ISS", newExact: "the $150 billion ISS" };
export const MOVED = { exact: "two U.S. astronauts, a Russian cosmonaut and a Japanese astronaut" };
export const DELETED = { exact: "invaded Ukraine in February 2022" };

const DELETED_SENTENCE = "Russia had plans to participate in NASA’s flagship Artemis moon program until it invaded Ukraine in February 2022. ";

/** The corrected text: $100 → $150 billion, the Crew-11 paragraph moved to the end, the Artemis sentence gone. */
export function correctText(text: string): string {
  const paragraphs = text.split("\n\n");
  const movedAt = paragraphs.findIndex((p) => p.includes(MOVED.exact));
  const [moved] = paragraphs.splice(movedAt, 1);
  paragraphs.push(moved!);
  const out = paragraphs.join("\n\n").replace("Amity on the $100 billion ISS", "Amity on the $150 billion ISS").replace(DELETED_SENTENCE, "");
  if (out.includes(DELETED.exact) || !out.includes(REWORDED.newExact)) throw new Error("correction did not apply");
  return out;
}
