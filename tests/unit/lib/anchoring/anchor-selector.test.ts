import { describe, expect, it } from "vitest";
import { anchorSelector, mergeRanges } from "@/lib/anchoring/anchor-selector";
import { describeRange } from "@/lib/anchoring/describe-range";
import { normalizeText } from "@/lib/anchoring/normalize-text";
import { codePointLength } from "@/lib/text/code-points";
import { loadReferenceArticle, splitSentences } from "./reference-article";

const article = loadReferenceArticle();
const sentences = splitSentences(article);

function selectorFor(text: string, quote: string, occurrence = 0) {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(quote, at + 1);
  if (at < 0) throw new Error(`quote not in text: ${quote}`);
  const start = codePointLength(text.slice(0, at));
  return describeRange(text, start, start + codePointLength(quote));
}

describe("anchorSelector", () => {
  it("round-trips every sentence of the reference article unchanged", () => {
    expect(sentences.length).toBeGreaterThan(20);
    for (const { start, end, sentence } of sentences) {
      const selector = describeRange(article, start, end);
      expect(selector.exact).toBe(sentence);
      expect(anchorSelector(article, selector)).toMatchObject({ outcome: "UNCHANGED", start, end, exact: sentence, score: 1 });
    }
  });

  it("re-finds every sentence by quote alone after text is inserted at the top (MOVED)", () => {
    const edited = normalizeText(`EDITOR'S NOTE: updated with NASA comment.\n\n${article}`);
    const shift = edited.indexOf(article.slice(0, 20));
    for (const { start, end } of sentences) {
      const result = anchorSelector(edited, describeRange(article, start, end));
      expect(result).toMatchObject({ outcome: "MOVED", start: start + shift, end: end + shift });
    }
  });

  it("scores fall as the quote degrades, and a wreck is orphaned", () => {
    const quote = "a 25-year-old totem of scientific diplomacy";
    const selector = selectorFor(article, quote);
    const scores: number[] = [];
    for (let edits = 1; edits <= 12; edits++) {
      // replace `edits` letters of the quote in the text, spread over its length
      const chars = [...quote];
      for (let k = 0; k < edits; k++) chars[Math.floor(((k + 0.5) * chars.length) / 12)] = "#";
      const degraded = article.replace(quote, chars.join(""));
      const result = anchorSelector(degraded, selector);
      scores.push(result.score);
      if (result.outcome !== "ORPHANED") expect(result.outcome).toBe("FUZZY");
    }
    for (let i = 1; i < scores.length; i++) expect(scores[i]).toBeLessThanOrEqual(scores[i - 1]!);
    expect(scores[0]).toBeGreaterThan(0.9);
    const wrecked = article.replace(quote, "a symbol that has lasted for ages and ages");
    expect(anchorSelector(wrecked, selector).outcome).toBe("ORPHANED");
  });

  it("picks the repeat nearest the old position when quote and context are identical", () => {
    const para = "The crew waited for the weather to clear before the launch.";
    const text = [para, para, para, para].join("\n\n");
    const third = selectorFor(text, "waited for the weather", 2);
    // an insertion at the very top shifts every repeat by the same amount
    const edited = `Update.\n\n${text}`;
    const result = anchorSelector(edited, third);
    expect(result).toMatchObject({ outcome: "MOVED", start: third.start + 9 });
  });

  it("keeps offsets of a claim after emoji, RTL text and combining marks are added before it", () => {
    const selector = selectorFor(article, "$100 billion");
    for (const before of ["🚀🛰️ ", "\u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627 ", "Zu\u0308rich e\u0301\u0328 "]) {
      const edited = before + article;
      const result = anchorSelector(edited, selector);
      expect(result).toMatchObject({ outcome: "MOVED", exact: "$100 billion", start: selector.start + codePointLength(before) });
      expect([...edited].slice(result.outcome === "MOVED" ? result.start : 0, selector.end + codePointLength(before)).join("")).toBe("$100 billion");
    }
  });

  it("orphans a claim whose sentence was deleted, even when its words recur elsewhere", () => {
    const sentence = sentences.find((s) => s.sentence.includes("Roscosmos, since 2018"))!;
    const selector = selectorFor(article, "since 2018");
    const edited = article.slice(0, sentence.start) + article.slice(sentence.end + 1);
    expect(anchorSelector(edited, selector).outcome).toBe("ORPHANED");
    // same words in an unrelated sentence must not attract the claim
    const planted = edited.replace("Such talks could", "Relations have cooled since 2018. Such talks could");
    expect(anchorSelector(planted, selector).outcome).toBe("ORPHANED");
    const wholeSentence = describeRange(article, sentence.start, sentence.end);
    expect(anchorSelector(edited, wholeSentence).outcome).toBe("ORPHANED");
  });

  it("follows a claim inside a paragraph moved to the end (MOVED)", () => {
    const paragraphs = article.split("\n\n");
    const moved = paragraphs.findIndex((p) => p.includes("25-year-old totem"));
    const edited = [...paragraphs.filter((_, i) => i !== moved), paragraphs[moved]!].join("\n\n");
    for (const quote of ["a 25-year-old totem of scientific diplomacy", "While U.S.-Russian tensions"]) {
      const result = anchorSelector(edited, selectorFor(article, quote));
      expect(result).toMatchObject({ outcome: "MOVED", exact: quote });
      expect(result.outcome !== "ORPHANED" && edited.slice(result.start, result.end)).toBe(quote);
    }
  });

  it("reports a reworded claim as FUZZY with the new quote and a score", () => {
    const selector = selectorFor(article, "Amity on the $100 billion ISS is buoyed primarily by a technical interdependency");
    const edited = article.replace("$100 billion ISS is buoyed primarily", "$150 billion ISS is buoyed mainly");
    const result = anchorSelector(edited, selector);
    expect(result.outcome).toBe("FUZZY");
    if (result.outcome !== "FUZZY") return;
    expect(result.exact).toBe("Amity on the $150 billion ISS is buoyed mainly by a technical interdependency");
    expect(result.score).toBeGreaterThan(0.8);
    expect(result.score).toBeLessThan(1);
  });

  it("extends a fuzzy match to whole words", () => {
    const text = "Officials said the station cost $100 trillion to build and run.";
    const selector = describeRange("Officials said the station cost $100 billion to build and run.", 32, 44);
    const result = anchorSelector(text, selector);
    expect(result).toMatchObject({ outcome: "FUZZY", exact: "$100 trillion" });
  });
});

describe("mergeRanges", () => {
  it("widens each change by the margin, merges windows that overlap or touch, and counts the changes merged", () => {
    const ranges = [{ start: 100, end: 105 }, { start: 10, end: 12 }, { start: 118, end: 120 }, { start: 300, end: 301 }];
    expect(mergeRanges(ranges, 10, 305)).toEqual([
      { start: 0, end: 22, count: 1 },
      { start: 90, end: 130, count: 2 }, // 90–115 and 108–130 overlap
      { start: 290, end: 305, count: 1 }, // clipped to the text
    ]);
    expect(mergeRanges([{ start: 20, end: 30 }, { start: 40, end: 50 }], 5, 100)).toEqual([{ start: 15, end: 55, count: 2 }]); // 15–35 touches 35–55
    expect(mergeRanges([{ start: 20, end: 30 }, { start: 41, end: 50 }], 5, 100)).toHaveLength(2); // a gap of unchanged text stays apart
  });
});
