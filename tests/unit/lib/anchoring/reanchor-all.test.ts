import { describe, expect, it } from "vitest";
import { describeRange } from "@/lib/anchoring/describe-range";
import { diffWords } from "@/lib/anchoring/diff-words";
import { normalizeText } from "@/lib/anchoring/normalize-text";
import { reanchorAll } from "@/lib/anchoring/reanchor-all";
import { loadReferenceArticle } from "./reference-article";

const article = loadReferenceArticle();
const mark = (text: string, quote: string) => {
  const at = text.indexOf(quote);
  return describeRange(text, at, at + quote.length);
};

describe("reanchorAll", () => {
  it("sorts the issue's correction scenario into unchanged, moved, fuzzy and orphaned", () => {
    const claims = [
      mark(article, "held a rare face-to-face meeting"), // before every edit: unchanged
      mark(article, "$100 billion"), // reworded to $150 billion
      mark(article, "a 25-year-old totem of scientific diplomacy"), // its paragraph moves to the end
      mark(article, "since 2018"), // its sentence is deleted
    ];
    const paragraphs = article.split("\n\n");
    const movedAt = paragraphs.findIndex((p) => p.includes("25-year-old totem"));
    let edited = [...paragraphs.filter((_, i) => i !== movedAt), paragraphs[movedAt]!].join("\n\n");
    edited = edited.replace("Amity on the $100 billion ISS", "Amity on the $150 billion ISS");
    edited = edited.replace(/The talks between Sean Duffy[^\n]*since 2018\.\n\n/, "");
    edited = normalizeText(edited);
    expect(edited).not.toContain("since 2018");

    const results = reanchorAll(article, edited, claims);
    expect(results.map((r) => r.outcome)).toEqual(["UNCHANGED", "FUZZY", "MOVED", "ORPHANED"]);
    const [, fuzzy, moved] = results;
    expect(fuzzy).toMatchObject({ exact: "$150 billion" });
    expect(moved).toMatchObject({ exact: "a 25-year-old totem of scientific diplomacy", start: edited.indexOf("a 25-year-old totem") });
  });

  it("returns UNCHANGED for every claim when the text did not change", () => {
    const claims = [mark(article, "Roscosmos said"), mark(article, "TASS")];
    expect(reanchorAll(article, article, claims).every((r) => r.outcome === "UNCHANGED")).toBe(true);
  });

  it("uses the diff to pick the right repeat after an edit above it", () => {
    const para = "The crew waited for the weather to clear.";
    const old = [para, para, para].join("\n\n");
    const secondAt = old.indexOf(para, 1);
    const claim = describeRange(old, secondAt, secondAt + para.length);
    const edited = ["Breaking.", para, para, para].join("\n\n");
    expect(reanchorAll(old, edited, [claim])[0]).toMatchObject({ outcome: "MOVED", start: secondAt + 11 });
  });
});

describe("diffWords", () => {
  it("returns word hunks that rebuild both texts, with code-point offsets", () => {
    const oldText = "🚀 The ISS cost $100 billion.";
    const newText = "🚀 The ISS cost about $150 billion.";
    const hunks = diffWords(oldText, newText);
    expect(hunks.filter((h) => h.kind !== "insert").map((h) => h.text).join("")).toBe(oldText);
    expect(hunks.filter((h) => h.kind !== "delete").map((h) => h.text).join("")).toBe(newText);
    const deleted = hunks.find((h) => h.kind === "delete");
    expect(deleted).toMatchObject({ text: "100", oldStart: 16, oldEnd: 19 }); // "$" is its own token
    expect(hunks.some((h) => h.kind === "insert" && h.text === "150")).toBe(true);
  });
});

describe("diffWords aligns paragraphs first", () => {
  it("shows a moved paragraph as a whole deletion and insertion, not as stray word matches", () => {
    const oldText = "First paragraph about the meeting.\n\nNASA said late on Thursday that talks went well.\n\nLast one.";
    const newText = "NASA said late on Thursday that talks went well.\n\nLast one.\n\nFirst paragraph about the meeting.";
    const hunks = diffWords(oldText, newText);
    expect(hunks.map((h) => h.kind)).toEqual(["delete", "equal", "insert"]);
    expect(hunks[1]!.text).toBe("NASA said late on Thursday that talks went well.\n\nLast one.");
    expect(hunks.filter((h) => h.kind !== "insert").map((h) => h.text).join("")).toBe(oldText);
    expect(hunks.filter((h) => h.kind !== "delete").map((h) => h.text).join("")).toBe(newText);
  });

  it("still compares words inside a reworded paragraph", () => {
    const hunks = diffWords("Intro.\n\nThe ISS cost $100 billion to build.", "Intro.\n\nThe ISS cost $150 billion to build.");
    expect(hunks.filter((h) => h.kind === "delete").map((h) => h.text)).toEqual(["100"]);
    expect(hunks.filter((h) => h.kind === "insert").map((h) => h.text)).toEqual(["150"]);
  });
});
