import { describe, expect, it } from "vitest";
import { splitIntoSegments } from "@/lib/export/html-segments";

const view = (text: string, spans: Parameters<typeof splitIntoSegments>[1]) =>
  splitIntoSegments(text, spans).map((p) => p.map((s) => [s.text, s.claimIds.join("+"), s.endingClaimIds.join("+")]));

describe("splitIntoSegments", () => {
  it("splits nested and overlapping claims into runs covered by the same claims", () => {
    // 0123456789012345
    // "aa bb cc dd ee"
    const text = "aa bb cc dd ee";
    const spans = [
      { id: "outer", start: 3, end: 11 }, // "bb cc dd"
      { id: "inner", start: 6, end: 8 }, // "cc"
      { id: "cross", start: 9, end: 14 }, // "dd ee" overlaps outer's end
    ];
    expect(view(text, spans)).toEqual([
      [
        ["aa ", "", ""],
        ["bb ", "outer", ""],
        ["cc", "outer+inner", "inner"],
        [" ", "outer", ""],
        ["dd", "outer+cross", "outer"],
        [" ee", "cross", "cross"],
      ],
    ]);
  });

  it("counts offsets in code points, so an emoji before a claim does not shift it", () => {
    const text = "🛰️ ISS costs $100bn";
    const start = Array.from(text).indexOf("$");
    const [paragraph] = splitIntoSegments(text, [{ id: "c", start, end: start + 6 }]);
    expect(paragraph?.find((s) => s.claimIds.includes("c"))?.text).toBe("$100bn");
  });

  it("splits paragraphs on blank lines and marks a claim crossing them at its last run", () => {
    const text = "one two\n\nthree four";
    const paragraphs = view(text, [{ id: "x", start: 4, end: 14 }]);
    expect(paragraphs).toEqual([
      [["one ", "", ""], ["two", "x", ""]],
      [["three", "x", "x"], [" four", "", ""]],
    ]);
  });

  it("ignores spans that are empty or outside the text instead of throwing", () => {
    expect(view("abc", [{ id: "e", start: 2, end: 2 }, { id: "o", start: 10, end: 12 }])).toEqual([[["abc", "", ""]]]);
  });
});
