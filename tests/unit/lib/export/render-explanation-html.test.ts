import { describe, expect, it } from "vitest";
import { renderExplanationHtml } from "@/lib/export/render-explanation-html";

const doc = (...content: unknown[]) => ({ type: "doc", content });
const p = (...content: unknown[]) => ({ type: "paragraph", content });
const text = (t: string, marks?: unknown[]) => ({ type: "text", text: t, ...(marks ? { marks } : {}) });

describe("renderExplanationHtml", () => {
  it("renders paragraphs, bold, italic, hard breaks and lists", () => {
    const html = renderExplanationHtml(
      doc(
        p(text("A "), text("b", [{ type: "bold" }]), text("i", [{ type: "italic" }]), { type: "hardBreak" }, text("c")),
        { type: "bulletList", content: [{ type: "listItem", content: [p(text("one"))] }] },
        { type: "orderedList", content: [{ type: "listItem", content: [p(text("two"))] }] },
      ),
    );
    expect(html).toBe("<p>A <strong>b</strong><em>i</em><br>c</p><ul><li><p>one</p></li></ul><ol><li><p>two</p></li></ol>");
  });

  it("escapes text and attributes and keeps only absolute http(s) links", () => {
    const html = renderExplanationHtml(
      doc(
        p(
          text("<img src=x onerror=alert(1)>"),
          text("ok", [{ type: "link", attrs: { href: 'https://x.example/?a="b"&c' } }]),
          text("js", [{ type: "link", attrs: { href: "javascript:alert(1)" } }]),
          text("rel", [{ type: "link", attrs: { href: "/relative" } }]),
        ),
      ),
    );
    expect(html).toBe(
      '<p>&lt;img src=x onerror=alert(1)&gt;<a href="https://x.example/?a=&quot;b&quot;&amp;c" rel="noopener noreferrer nofollow">ok</a>jsrel</p>',
    );
  });

  it("turns unknown nodes into their escaped text and non-documents into nothing", () => {
    expect(renderExplanationHtml(doc({ type: "script", content: [text("x<y")] }))).toBe("x&lt;y");
    expect(renderExplanationHtml(doc({ type: "image", attrs: { src: "https://evil" } }))).toBe("");
    expect(renderExplanationHtml(null)).toBe("");
    expect(renderExplanationHtml("<p>hi</p>")).toBe("");
  });
});
