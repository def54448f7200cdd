import { describe, expect, it } from "vitest";
import { detectSuggestions } from "@/lib/detect/detect-suggestions";
import { readLabelledTexts, scoreText } from "./score-labelled-set";

// Floors sit just under what the detector measured (recall 0.95, precision 0.98 on 6 texts),
// so a regression in any rule fails here.
const RECALL_FLOOR = 0.9;
const PRECISION_FLOOR = 0.9;

describe("detectSuggestions on the labelled news texts", () => {
  const texts = readLabelledTexts();
  const scores = texts.map((t) => scoreText(t, detectSuggestions));

  it("covers at least six topics", () => {
    expect(new Set(texts.map((t) => t.topic)).size).toBeGreaterThanOrEqual(6);
  });

  it("meets the recall and precision floors", () => {
    const sum = (f: (s: (typeof scores)[number]) => number) => scores.reduce((n, s) => n + f(s), 0);
    const recall = sum((s) => s.found) / sum((s) => s.labels);
    const precision = sum((s) => s.correct) / sum((s) => s.suggestions);
    console.info(`detect: recall ${recall.toFixed(3)}, precision ${precision.toFixed(3)}`, scores.filter((s) => s.missed.length + s.extra.length > 0).map((s) => ({ topic: s.topic, missed: s.missed, extra: s.extra })));
    expect(recall).toBeGreaterThanOrEqual(RECALL_FLOOR);
    expect(precision).toBeGreaterThanOrEqual(PRECISION_FLOOR);
  });
});
