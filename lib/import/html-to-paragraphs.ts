import { normalizeParagraph } from "./normalize-paragraphs";

const BLOCKS = new Set([
  "P", "H1", "H2", "H3", "H4", "H5", "H6", "BLOCKQUOTE", "UL", "OL", "LI", "FIGURE", "FIGCAPTION",
  "DIV", "SECTION", "ARTICLE", "MAIN", "HEADER", "FOOTER", "ASIDE", "TABLE", "TR", "TD", "TH", "ADDRESS",
]);

/** One paragraph of text and the block element it came from. */
export interface HtmlParagraph {
  text: string;
  block: Element;
}

/**
 * Reads the paragraphs of an HTML tree: each block element (and each `<br>`-separated line
 * inside one) is a paragraph; inline elements flow into their block's text.
 */
export function htmlToParagraphs(root: Element): HtmlParagraph[] {
  const out: HtmlParagraph[] = [];
  let buffer = "";
  let bufferBlock: Element = root;
  const flush = () => {
    const text = normalizeParagraph(buffer);
    if (text) out.push({ text, block: bufferBlock });
    buffer = "";
  };
  const walk = (node: Node, block: Element) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) {
        if (!buffer) bufferBlock = block;
        buffer += child.textContent ?? "";
      } else if (child.nodeType === 1) {
        const el = child as Element;
        if (el.tagName === "BR") flush();
        else if (BLOCKS.has(el.tagName)) {
          flush();
          walk(el, el);
          flush();
        } else walk(el, block);
      }
    }
  };
  walk(root, root);
  flush();
  return out;
}
