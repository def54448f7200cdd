import { describe, expect, it } from "vitest";
import { Editor } from "@tiptap/core";
import { buildArticleDoc, createTextPositions, renderArticleHtml, renderArticleHtmlMemo, trimSpan } from "@/components/editor/text-positions";
import { articleExtensions } from "@/components/editor/article-extensions";
import { DOMSerializer } from "@tiptap/pm/model";
import { parseHTML } from "linkedom";

function editorFor(text: string, claims: { id: string; start: number; end: number; status: string }[] = []) {
  return new Editor({ element: null, extensions: articleExtensions(), content: buildArticleDoc(text, claims) });
}

/** The text between two ProseMirror positions, with paragraph breaks as the canonical "\n\n". */
function pmText(editor: Editor, from: number, to: number) {
  return editor.state.doc.textBetween(from, to, "\n\n", "\n");
}

describe("createTextPositions", () => {
  it("maps code-point offsets to positions past an emoji (2 UTF-16 units, 1 code point)", () => {
    const text = "Rocket 🚀 costs $100 billion.";
    const start = [...text].indexOf("$"); // code points
    const end = start + [..."$100 billion"].length;
    const p = createTextPositions(text);
    const editor = editorFor(text);
    expect(pmText(editor, p.toPos(start), p.toPos(end))).toBe("$100 billion");
    // treating the UTF-16 index as the offset would shift the claim by one
    const u16 = text.indexOf("$");
    expect(pmText(editor, p.toPos(u16), p.toPos(u16 + 12))).not.toBe("$100 billion");
    expect(p.toOffset(p.toPos(start))).toBe(start);
    expect(p.length).toBe([...text].length);
  });

  it("crosses paragraph breaks: each paragraph adds two positions, as the \\n\\n separator does", () => {
    const text = "First 😀 para.\n\nSecond 🚀🚀 para has 25-year-old totem.\n\nThird.";
    const cps = [...text];
    const start = cps.join("").indexOf("25-year-old");
    const cpStart = [...text.slice(0, start)].length;
    const cpEnd = cpStart + "25-year-old".length;
    const p = createTextPositions(text);
    const editor = editorFor(text);
    expect(pmText(editor, p.toPos(cpStart), p.toPos(cpEnd))).toBe("25-year-old");
    expect(editor.state.doc.childCount).toBe(3);
    // a range over a break reads back with the break
    const crossStart = [...text].indexOf("p"); // "para." in the first paragraph
    const crossEnd = cpStart;
    expect(pmText(editor, p.toPos(crossStart), p.toPos(crossEnd))).toBe(sliceCp(text, crossStart, crossEnd));
  });

  it("keeps single newlines inside a paragraph as hard breaks of the same width", () => {
    const text = "Line one\nline two 🙂 end\n\nNext";
    const p = createTextPositions(text);
    const editor = editorFor(text);
    const s = [...text].indexOf("e", 12);
    expect(pmText(editor, p.toPos(0), p.toPos(p.length))).toBe(text);
    expect(pmText(editor, p.toPos(s), p.toPos(s + 3))).toBe(sliceCp(text, s, s + 3));
  });
});

describe("buildArticleDoc", () => {
  it("marks claims at code-point offsets after an emoji", () => {
    const text = "🚀 The $100 billion ISS";
    const start = [...text].indexOf("$");
    const editor = editorFor(text, [{ id: "c1", start, end: start + 12, status: "DRAFT" }]);
    const nodes = (editor.getJSON().content?.[0]?.content ?? []) as J[];
    const marked = nodes.filter((n) => n.marks?.some((m) => m.attrs?.claimId === "c1"));
    expect(marked.map((n) => n.text).join("")).toBe("$100 billion");
  });

  it("keeps overlapping and nested claims, outer claim first in each segment", () => {
    const text = "the first in-person meeting since 2018";
    const editor = editorFor(text, [
      { id: "inner", start: 4, end: 9, status: "APPROVED" },
      { id: "outer", start: 0, end: 38, status: "DRAFT" },
      { id: "over", start: 28, end: 38, status: "IN_REVIEW" },
    ]);
    const nodes = (editor.getJSON().content?.[0]?.content ?? []) as J[];
    const ids = nodes.map((n) => (n.marks ?? []).map((m) => m.attrs?.claimId).join("+"));
    expect(ids).toEqual(["outer", "outer+inner", "outer", "outer+over"]);
    expect(nodes.map((n) => n.text)).toEqual(["the ", "first", " in-person meeting ", "since 2018"]);
  });

  it("marks a claim that spans two paragraphs in both", () => {
    const text = "Alpha beta.\n\nGamma delta.";
    const editor = editorFor(text, [{ id: "c", start: 6, end: 18, status: "DRAFT" }]);
    const json = editor.getJSON();
    const texts = (json.content ?? []).flatMap((p) => ((p.content ?? []) as J[]).filter((n) => n.marks?.length).map((n) => n.text));
    expect(texts).toEqual(["beta.", "Gamma"]);
  });

  it("builds 1,000 claims on a 100 kB article quickly", () => {
    const para = "In 2025 the $100 billion station turned 25 years old, officials said on Thursday. ";
    const text = Array.from({ length: 250 }, () => para.repeat(5).trim()).join("\n\n");
    expect(text.length).toBeGreaterThan(100_000);
    const claims = Array.from({ length: 1000 }, (_, i) => ({ id: `c${i}`, start: i * 100, end: i * 100 + 40, status: "DRAFT" }));
    const t0 = performance.now();
    const editor = editorFor(text, claims);
    expect(performance.now() - t0).toBeLessThan(3000);
    let count = 0;
    editor.state.doc.descendants((n) => {
      if (n.marks.some((m) => m.type.name === "claim")) count++;
    });
    expect(count).toBeGreaterThanOrEqual(1000);
  });
});

type J = { text?: string; marks?: { attrs?: Record<string, unknown> }[] };

function sliceCp(text: string, start: number, end: number) {
  return [...text].slice(start, end).join("");
}

describe("trimSpan", () => {
  it("drops surrounding whitespace and counts code points", () => {
    const text = "🚀🚀 x  $100 billion \n\nnext";
    const start = [..."🚀🚀 x "].length; // includes one extra space before $
    const end = start + [..." $100 billion \n"].length;
    expect(trimSpan(text, start, end)).toEqual({ start: start + 1, end: start + 13, exact: "$100 billion" });
  });

  it("refuses empty and whitespace-only selections", () => {
    expect(trimSpan("a  \n\n b", 1, 6)).toBeNull();
    expect(trimSpan("abc", 2, 2)).toBeNull();
  });
});

describe("renderArticleHtml", () => {
  it("renders the same HTML as the editor for nested and overlapping claims, breaks and empty paragraphs", () => {
    const text = "First 😀 claim here.\n\nSecond line\nwith a break and 🚀 more.\n\n\n\nAfter an empty one.";
    const cp = (s: string) => [...text.slice(0, text.indexOf(s))].length;
    const claims = [
      { id: "outer", start: cp("claim"), end: cp("here.") + 5, status: "APPROVED" },
      { id: "inner", start: cp("here"), end: cp("here") + 4, status: "IN_REVIEW" },
      { id: "across", start: cp("line"), end: cp("with a") + 6, status: "CHANGES_REQUESTED" },
      { id: "overlap", start: cp("break"), end: cp("more"), status: "DRAFT" },
      { id: "late", start: cp("break and"), end: cp("After") + 5, status: "DRAFT" },
    ];
    const editor = editorFor(text, claims);
    // what ProseMirror renders for the document (serialised with a server-side DOM)
    const { document } = parseHTML("<!doctype html><html><body><div id=out></div></body></html>");
    const out = document.getElementById("out")!;
    out.appendChild(DOMSerializer.fromSchema(editor.schema).serializeFragment(editor.state.doc.content, { document: document as unknown as Document }) as unknown as Node);
    // the view (not the serializer) adds a trailing break to empty paragraphs; attribute order is free
    const norm = (html: string) => html
      .replace(/<br class="ProseMirror-trailingBreak">/g, "")
      .replace(/<mark ([^>]*)>/g, (_m, attrs: string) => `<mark ${(attrs.match(/[\w-]+="[^"]*"/g) ?? []).sort().join(" ")}>`);
    expect(norm(renderArticleHtml(text, claims))).toBe(norm(out.innerHTML));
    // every claim keeps its id and status
    for (const c of claims) expect(out.innerHTML).toContain(`data-claim-id="${c.id}"`);
  });

  it("escapes the text and keeps ids that are not claim ids out of attributes", () => {
    const text = `<script>alert("x")</script> & 'quoted' text`;
    const html = renderArticleHtml(text, [
      { id: "ok_1", start: 0, end: 8, status: "DRAFT" },
      { id: `"><img src=x onerror=alert(1)>`, start: 10, end: 20, status: `"bad` },
    ]);
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<img");
    expect(html.replace(/<[^>]*>/g, "")).toBe("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39; text");
    expect(html).toContain('data-claim-id="ok_1"');
    expect(html.match(/data-claim-id=/g)).toHaveLength(1);
    // an unknown status shows as a draft
    expect(html).not.toContain('"bad');
  });

  it("renders 1,000 claims on a 100 kB article in one quick pass", () => {
    const para = "In 2025 the $100 billion station turned 25 years old, officials said on Thursday. ";
    const text = Array.from({ length: 250 }, () => para.repeat(5).trim()).join("\n\n");
    const claims = Array.from({ length: 1000 }, (_, i) => ({ id: `c${i}`, start: i * 100, end: i * 100 + 40, status: "DRAFT" }));
    const t0 = performance.now();
    const html = renderArticleHtml(text, claims);
    expect(performance.now() - t0).toBeLessThan(500);
    expect(new Set(html.match(/data-claim-id="c\d+"/g)).size).toBe(1000);
  });
});

describe("renderArticleHtmlMemo", () => {
  it("answers exactly what renderArticleHtml answers, for every change of text, claim or status", () => {
    const text = "The ISS 🚀 has cost more than $100 billion since 1998.";
    const base = [{ id: "a", start: 10, end: 41, status: "DRAFT" }, { id: "b", start: 29, end: 41, status: "APPROVED" }];
    const variants = [
      base,
      [...base],
      base.map((c) => (c.id === "b" ? { ...c, status: "IN_REVIEW" } : c)),
      base.map((c) => (c.id === "a" ? { ...c, end: 40 } : c)),
      base.filter((c) => c.id === "a"),
      [],
    ];
    for (const t of [text, text.replace("1998", "1999")]) {
      for (const claims of variants) {
        expect(renderArticleHtmlMemo(t, claims)).toBe(renderArticleHtml(t, claims));
        expect(renderArticleHtmlMemo(t, claims)).toBe(renderArticleHtml(t, claims)); // second time from memory
      }
    }
  });

  it("keeps no more than 16 articles", () => {
    for (let i = 0; i < 40; i++) {
      const t = `Article ${i} with some words.`;
      expect(renderArticleHtmlMemo(t, [{ id: `c${i}`, start: 0, end: 7, status: "DRAFT" }])).toBe(renderArticleHtml(t, [{ id: `c${i}`, start: 0, end: 7, status: "DRAFT" }]));
    }
  });
});
