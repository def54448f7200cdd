import type { ExplanationDoc } from "@/lib/claim/explanation.types";

/** Plain text of a validated explanation: paragraphs separated by a blank line, hard breaks as newlines. */
export function explanationToText(doc: ExplanationDoc | null | undefined): string {
  if (!doc) return "";
  return doc.content
    .map((p) => (p.content ?? []).map((n) => (n.type === "text" ? n.text : "\n")).join(""))
    .join("\n\n")
    .trim();
}
