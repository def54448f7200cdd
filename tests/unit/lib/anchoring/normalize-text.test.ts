import { describe, expect, it } from "vitest";
import { normalizeText } from "@/lib/anchoring/normalize-text";
import { loadReferenceArticle } from "./reference-article";

describe("normalizeText", () => {
  it("unifies line endings, spaces and blank lines", () => {
    expect(normalizeText("  One\r\ntwo \t\u00A0 words\t\r\r\r\n\n\nThree\rfour  \n")).toBe("One\ntwo words\n\nThree\nfour");
  });

  it("composes to NFC so both spellings of é anchor the same", () => {
    expect(normalizeText("cafe\u0301")).toBe("caf\u00E9");
    expect(normalizeText("cafe\u0301")).toBe(normalizeText("caf\u00E9"));
  });

  it("drops a byte-order mark and turns Unicode line/paragraph separators into breaks", () => {
    expect(normalizeText("\uFEFFa\u2028b\u2029c")).toBe("a\nb\n\nc");
  });

  it("keeps emoji, RTL text and zero-width joiners intact", () => {
    const text = "👩‍🚀 said \u05E9\u05DC\u05D5\u05DD and \u0645\u0631\u062D\u0628\u0627";
    expect(normalizeText(text)).toBe(text);
  });

  it("is idempotent, on the reference article and on random messy strings", () => {
    const article = loadReferenceArticle();
    expect(normalizeText(article)).toBe(article);
    const alphabet = ["a", "e", "\u0301", "\u0308", " ", "\t", "\u00A0", "\u2003", "\n", "\r", "\r\n", "😀", "\u200D", "\u2028", "\u2029", "\uFEFF", "\u05D0", "."];
    let seed = 42;
    const next = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff), seed);
    for (let n = 0; n < 500; n++) {
      let s = "";
      for (let k = next() % 40; k > 0; k--) s += alphabet[next() % alphabet.length];
      const once = normalizeText(s);
      expect(normalizeText(once)).toBe(once);
      expect(once).not.toMatch(/\r|[ \t]\n|\n[ \t]|\n{3}|  /);
    }
  });
});
