import { describe, expect, it } from "vitest";
import { anchorSelector } from "@/lib/anchoring/anchor-selector";
import { describeRange } from "@/lib/anchoring/describe-range";
import { reanchorAll } from "@/lib/anchoring/reanchor-all";

const mark = (text: string, quote: string, from = 0) => {
  const at = text.indexOf(quote, from);
  return describeRange(text, at, at + quote.length);
};

// near-identical template sentences, as in wire copy: only the figures and places differ
const a = "NASA said on Monday that 350 people attended the meeting in Houston.";
const b = "Reuters said on Monday that 797 people attended the meeting in Tokyo.";
const c = "It was the first mission of its kind, with 566 staff and a budget of 445 billion dollars.";
const d = "It was the first mission of its kind, with 832 staff and a budget of 432 billion dollars.";

describe("reanchorAll with repeated phrases", () => {
  it("orphans a deleted sentence's short phrase instead of taking the same phrase next door", () => {
    const old = `${a} ${b}\n\nThe launch slipped again.`;
    const edited = `${b}\n\nThe launch slipped again.`;
    const [result] = reanchorAll(old, edited, [mark(old, "the meeting in")]);
    expect(result?.outcome).toBe("ORPHANED");
  });

  it("orphans a deleted sentence's phrase that a moved paragraph repeats", () => {
    const old = ["Intro.", `${c} The rest stays.`, d, "Outro."].join("\n\n");
    const edited = ["Intro.", "The rest stays.", "Outro.", d].join("\n\n");
    const [result] = reanchorAll(old, edited, [mark(old, "staff and a")]);
    expect(result?.outcome).toBe("ORPHANED");
  });

  it("still follows its own sentence into a moved paragraph when a look-alike stays behind", () => {
    const old = ["Intro.", d, `Then: ${c}`, "Outro."].join("\n\n");
    const edited = ["Intro.", d, "Outro.", `Then: ${c}`].join("\n\n");
    const claim = mark(old, "staff and a budget", old.indexOf("566"));
    const [result] = reanchorAll(old, edited, [claim]);
    expect(result).toMatchObject({ outcome: "MOVED", start: edited.indexOf("566 staff") + 4 });
  });

  it("orphans a deleted sentence rather than fuzzily matching the look-alike that slid into its place", () => {
    const old = `Before. ${a} ${b} After.`;
    const edited = `Before. ${b} After.`;
    const [result] = reanchorAll(old, edited, [mark(old, "350 people attended the meeting in Houston.")]);
    expect(result?.outcome).toBe("ORPHANED");
  });

  it("keeps a reworded claim in place as FUZZY", () => {
    const old = `${a} ${b}`;
    const edited = old.replace("350 people attended the", "350 people attended the big");
    const [result] = reanchorAll(old, edited, [mark(old, "350 people attended the meeting in Houston.")]);
    expect(result).toMatchObject({ outcome: "FUZZY", exact: "350 people attended the big meeting in Houston." });
  });
});

describe("fuzzy matches end on word boundaries", () => {
  it("never ends mid-word when the old quote ended with punctuation", () => {
    const old = "Officials said 350 people attended the meeting in Houston. Amara Okafor warned later.";
    const claim = mark(old, "350 people attended the meeting in Houston.");
    const edited = "Officials said 350 people attended the meeting in somewhere\n\nAmara Okafor warned later.";
    const result = anchorSelector(edited, claim);
    if (result.outcome === "ORPHANED") return; // orphaning is acceptable; a cut word is not
    const after = edited.slice(edited.indexOf(result.exact) + result.exact.length);
    expect(/^[\p{L}\p{N}]/u.test(after)).toBe(false);
    expect(/[\p{L}\p{N}]$/u.test(edited.slice(0, edited.indexOf(result.exact)))).toBe(false);
  });

  it("keeps a quote that deliberately cut a word cut", () => {
    const old = "The agency spent 12 trillion dollars.";
    const claim = mark(old, "rillion dollars");
    const result = anchorSelector("The agency spent 12 trillion dollar.", claim);
    expect(result).toMatchObject({ outcome: "FUZZY", exact: "rillion dollar" });
  });
});
