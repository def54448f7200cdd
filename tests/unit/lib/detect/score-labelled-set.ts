import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { overlapShare } from "@/lib/detect/merge-spans";
import type { Suggestion } from "@/lib/detect/suggestion-types";

export type LabelledText = { topic: string; paragraphs: string[]; labels: { exact: string; kind: string }[] };
export type Score = { topic: string; labels: number; suggestions: number; found: number; correct: number; missed: string[]; extra: string[] };

/** Reads every labelled text in tests/fixtures/detect. */
export function readLabelledTexts(): LabelledText[] {
  const dir = path.join(__dirname, "../../../fixtures/detect");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .map((f) => JSON.parse(readFileSync(path.join(dir, f), "utf8")) as LabelledText);
}

/** A suggestion matches a label when they overlap by at least half of the shorter (UTF-16 spans; fine here). */
export function scoreText(fixture: LabelledText, detect: (text: string) => Suggestion[]): Score {
  const text = fixture.paragraphs.join("\n\n").normalize("NFC");
  const labels = fixture.labels.map((l) => {
    const start = text.indexOf(l.exact);
    if (start === -1) throw new Error(`label not in text: ${l.exact}`);
    return { exact: l.exact, start, end: start + l.exact.length };
  });
  const found = detect(text).map((s) => {
    const start = text.indexOf(s.exact);
    return { exact: s.exact, start, end: start + s.exact.length };
  });
  const hits = (a: { start: number; end: number }) => (b: { start: number; end: number }) => overlapShare(a, b) >= 0.5;
  const missed = labels.filter((l) => !found.some(hits(l)));
  const extra = found.filter((s) => !labels.some(hits(s)));
  return {
    topic: fixture.topic,
    labels: labels.length,
    suggestions: found.length,
    found: labels.length - missed.length,
    correct: found.length - extra.length,
    missed: missed.map((m) => m.exact),
    extra: extra.map((e) => e.exact),
  };
}
