import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { textOffsetAt } from "@/components/editor/dom-selection";
import { renderArticleHtml } from "@/components/editor/text-positions";

/** The server-rendered article in a DOM, and every (text node, offset) point with the canonical offset it must map to. */
function staticArticle(text: string, claims: { id: string; start: number; end: number; status: string }[]) {
  const { document } = parseHTML(`<!doctype html><html><body><div id="root">${renderArticleHtml(text, claims)}</div></body></html>`);
  const root = document.getElementById("root")!;
  return { document, root };
}

function textNodes(root: Node): Text[] {
  const out: Text[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === 3) out.push(n as Text);
    n.childNodes.forEach(walk);
  };
  walk(root);
  return out;
}

describe("textOffsetAt (selection in the server-rendered article)", () => {
  const text = "First 😀 claim here.\n\nSecond line\nwith a break.\n\n\n\nAfter an empty one.";
  const claims = [
    { id: "a", start: 6, end: 14, status: "DRAFT" },
    { id: "b", start: 8, end: 13, status: "APPROVED" },
    { id: "c", start: 30, end: 40, status: "DRAFT" },
  ];

  it("maps every point inside the text nodes to its UTF-16 offset in the canonical text", () => {
    const { root } = staticArticle(text, claims);
    const nodes = textNodes(root);
    // walking the text nodes in order and counting reproduces the canonical text exactly
    for (const node of nodes) {
      for (let i = 0; i <= node.data.length; i++) {
        const at = textOffsetAt(root as unknown as Element, node as unknown as Node, i)!;
        expect(text.slice(at, at + node.data.length - i)).toBe(node.data.slice(i));
      }
    }
  });

  it("counts paragraph breaks as two characters and line breaks as one; element points too", () => {
    const { root } = staticArticle(text, claims);
    const paragraphs = root.querySelectorAll("p");
    expect(paragraphs).toHaveLength(4);
    expect(textOffsetAt(root as unknown as Element, paragraphs[1] as unknown as Node, 0)).toBe(text.indexOf("Second"));
    expect(textOffsetAt(root as unknown as Element, paragraphs[3] as unknown as Node, 0)).toBe(text.indexOf("After"));
    expect(textOffsetAt(root as unknown as Element, root as unknown as Node, 0)).toBe(0);
    const withBreak = textNodes(paragraphs[1] as unknown as Node).find((n) => n.data.startsWith("with"))!;
    expect(textOffsetAt(root as unknown as Element, withBreak as unknown as Node, 0)).toBe(text.indexOf("with a"));
  });

  it("answers null for a point outside the article", () => {
    const { document, root } = staticArticle(text, claims);
    const outside = document.createElement("p");
    document.body.appendChild(outside);
    expect(textOffsetAt(root as unknown as Element, outside as unknown as Node, 0)).toBeNull();
  });
});
