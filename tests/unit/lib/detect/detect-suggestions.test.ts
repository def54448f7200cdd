import { describe, expect, it } from "vitest";
import { detectSuggestions } from "@/lib/detect/detect-suggestions";
import { clearSuggestionCache, detectSuggestionsCached } from "@/lib/detect/detect-suggestions-cached";
import { readReferenceArticle } from "./reference-article";

const sliceByCodePoints = (text: string, start: number, end: number) => Array.from(text).slice(start, end).join("");

describe("detectSuggestions on the reference article", () => {
  const text = readReferenceArticle();
  const found = detectSuggestions(text);
  const exacts = found.map((s) => s.exact);

  it.each([
    ["the $100 billion ISS", "money", "NUMBER_STATISTIC"],
    ["a 25-year-old totem of scientific diplomacy", "age", "DATE_TIME"],
    ["the first in-person meeting between the heads of NASA and Russia’s space agency, Roscosmos, since 2018", "ranking", "COMPARISON_SUPERLATIVE"],
    ["invaded Ukraine in February 2022", "date", "DATE_TIME"],
    ["the planned disposal of the ISS in 2030", "date", "DATE_TIME"],
    ["two U.S. astronauts, a Russian cosmonaut and a Japanese astronaut", "count", "QUANTITY_COUNT"],
  ])("suggests the phrase %s", (exact, kind, claimKind) => {
    const s = found.find((x) => x.exact === exact);
    expect(s, `got: ${exacts.join(" | ")}`).toMatchObject({ kind, claimKind });
  });

  it("keeps exact equal to the text sliced by code points, with 32-code-point context", () => {
    for (const s of found) {
      expect(sliceByCodePoints(text, s.start, s.end)).toBe(s.exact);
      expect(sliceByCodePoints(text, Math.max(0, s.start - 32), s.start)).toBe(s.prefix);
      expect(sliceByCodePoints(text, s.end, s.end + 32)).toBe(s.suffix);
      expect(s.score).toBeGreaterThan(0);
      expect(s.score).toBeLessThanOrEqual(1);
    }
  });

  it("never suggests inside the all-caps subheading", () => {
    expect(found.some((s) => s.exact.includes("ISOLATES"))).toBe(false);
  });
});

describe("detectSuggestions offsets and keys", () => {
  it("counts an emoji before a number as one code point", () => {
    const text = "🚀🚀 The launch cost $5 million.";
    const money = detectSuggestions(text).find((s) => s.kind === "money");
    expect(money?.exact).toBe("cost $5 million");
    expect(money?.start).toBe(14); // 16 UTF-16 units
    expect(money?.end).toBe(14 + "cost $5 million".length);
  });

  it("gives the same keys on every run, distinct per occurrence of the same phrase", () => {
    const text = "Prices rose 5% in May 2023.\n\nPrices rose 5% in May 2023.";
    const first = detectSuggestions(text).map((s) => s.key);
    expect(detectSuggestions(text).map((s) => s.key)).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
    expect(first.some((k) => k.endsWith(":1"))).toBe(true);
  });

  it("merges overlapping spans into the larger one", () => {
    const found = detectSuggestions("Turnout was 82.5%, the highest since reunification in 1990.");
    expect(found.filter((s) => s.exact.includes("1990"))).toHaveLength(1);
    expect(found.find((s) => s.exact.includes("1990"))?.exact).toBe("the highest since reunification in 1990");
  });

  it("names the merged suggestion after its strongest finding", () => {
    expect(detectSuggestions("The launch cost $5 million in 2024.")).toMatchObject([
      { kind: "money", exact: "The launch cost $5 million in 2024", claimKind: "NUMBER_STATISTIC" },
    ]);
  });

  it("skips clutter paragraphs and sentences without cues", () => {
    expect(detectSuggestions("Subscribe to our newsletter for 50% off\n\nThe sky was blue.")).toEqual([]);
  });

  it("serves repeated texts from the cache without sharing mutable results", () => {
    clearSuggestionCache();
    const text = "The bridge cost $2 billion.";
    const a = detectSuggestionsCached(text);
    a[0]!.exact = "tampered";
    expect(detectSuggestionsCached(text)[0]?.exact).not.toBe("tampered");
  });
});
