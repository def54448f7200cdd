import { describe, expect, it } from "vitest";
import { createCodePointIndex } from "@/lib/text/code-point-index";
import { codePointLength, codePointToUtf16, sliceByCodePoints, utf16ToCodePoint } from "@/lib/text/code-points";

describe("code points", () => {
  it("counts an astral emoji once and a combining mark separately", () => {
    expect(codePointLength("a😀b")).toBe(3);
    expect(codePointLength("e\u0301")).toBe(2);
    expect(codePointLength("👩‍🚀")).toBe(3); // woman, ZWJ, rocket: three code points, as the W3C model counts
  });

  it("converts between UTF-16 indices and code-point offsets", () => {
    const text = "😀 ISS 🚀 cost";
    expect(codePointToUtf16(text, 2)).toBe(3);
    expect(utf16ToCodePoint(text, 3)).toBe(2);
    expect(utf16ToCodePoint(text, 1)).toBe(0); // inside the surrogate pair rounds down
    expect(sliceByCodePoints(text, 2, 5)).toBe("ISS");
    expect(sliceByCodePoints(text, 6, 7)).toBe("🚀");
  });

  it("builds an index that agrees with the one-off conversions", () => {
    const text = "Ab😀c\u0301d 🇺🇦 x𝔘y";
    const index = createCodePointIndex(text);
    expect(index.length).toBe(codePointLength(text));
    for (let cp = 0; cp <= index.length; cp++) {
      expect(index.toUtf16(cp)).toBe(codePointToUtf16(text, cp));
    }
    for (let i = 0; i <= text.length; i++) expect(index.toCodePoint(i)).toBe(utf16ToCodePoint(text, i));
  });
});
