import { describe, expect, it } from "vitest";
import { describeRange } from "@/lib/anchoring/describe-range";
import { resolveQuote } from "@/lib/anchoring/resolve-quote";
import { AppError } from "@/lib/errors/app-error";

function fieldsOf(fn: () => unknown): Record<string, string> | undefined {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe("INVALID_INPUT");
    return (e as AppError).fields;
  }
  throw new Error("expected an AppError");
}

describe("describeRange", () => {
  const text = "The ISS cost $100 billion to build, NASA said in 2018. ".repeat(2).trim();

  it("produces the quote with 32 code points of prefix and suffix", () => {
    const start = text.indexOf("NASA", 40);
    const s = describeRange(text, start, start + 4);
    expect(s).toMatchObject({ exact: "NASA", start, end: start + 4 });
    expect(s.prefix).toBe(text.slice(start - 32, start));
    expect(s.suffix).toBe(text.slice(start + 4, start + 36));
  });

  it("counts an emoji before the claim as one code point", () => {
    const emoji = "🚀 Launch day. The ISS cost $100 billion.";
    const s = describeRange(emoji, 27, 39);
    expect(s.exact).toBe("$100 billion");
    expect(s.prefix).toBe("🚀 Launch day. The ISS cost ");
  });

  it("trims surrounding whitespace unless asked not to", () => {
    const s = describeRange(text, 3, 8);
    expect(s).toMatchObject({ exact: "ISS", start: 4, end: 7 });
    expect(describeRange(text, 3, 8, { trim: false }).exact).toBe(" ISS ");
  });

  it("refuses empty, whitespace-only, reversed and out-of-range ranges", () => {
    expect(fieldsOf(() => describeRange(text, 5, 5))).toHaveProperty(["selector.end"]);
    expect(fieldsOf(() => describeRange(text, 9, 5))).toHaveProperty(["selector.end"]);
    expect(fieldsOf(() => describeRange(text, 3, 4))).toHaveProperty("selector");
    expect(fieldsOf(() => describeRange(text, -1, 4))).toHaveProperty(["selector.start"]);
    expect(fieldsOf(() => describeRange(text, 0, text.length + 1))).toHaveProperty(["selector.end"]);
    expect(fieldsOf(() => describeRange(text, 0.5, 4))).toHaveProperty(["selector.start"]);
  });
});

describe("resolveQuote", () => {
  const text = "Duffy met Bakanov in Florida. Later, Duffy met Bakanov in Houston.";

  it("finds a unique quote", () => {
    expect(resolveQuote(text, { exact: "in Houston" })).toMatchObject({ start: 55, end: 65, exact: "in Houston" });
  });

  it("tells repeats apart by prefix or suffix", () => {
    expect(resolveQuote(text, { exact: "Duffy met Bakanov", suffix: " in Houston" }).start).toBe(37);
    expect(resolveQuote(text, { exact: "Duffy met Bakanov", prefix: "" , suffix: " in Flo" }).start).toBe(0);
    expect(resolveQuote(text, { exact: "Duffy met Bakanov", prefix: "Later, " }).start).toBe(37);
  });

  it("refuses a missing or still ambiguous quote", () => {
    expect(fieldsOf(() => resolveQuote(text, { exact: "in Moscow" }))?.["selector.exact"]).toMatch(/not found/);
    expect(fieldsOf(() => resolveQuote(text, { exact: "Duffy met Bakanov" }))?.["selector.exact"]).toMatch(/2 times/);
    expect(fieldsOf(() => resolveQuote(text, { exact: "  " }))).toHaveProperty(["selector.exact"]);
  });

  it("matches a decomposed quote against NFC text", () => {
    expect(resolveQuote("Un café à Paris", { exact: "cafe\u0301" }).start).toBe(3);
  });
});
