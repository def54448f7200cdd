import { escapeHtml } from "./html-escape";
import { isHttpUrl } from "./export-urls";

// A stored explanation is tiptap JSON. Rendering it needs no DOM: this walks the small node
// and mark set the editor allows and escapes every string, so an unexpected node or a hostile
// attribute can only ever become escaped text (or nothing), never markup.
type JsonNode = { type?: unknown; text?: unknown; content?: unknown; marks?: unknown; attrs?: unknown };

const BLOCKS: Record<string, string> = {
  paragraph: "p",
  bulletList: "ul",
  orderedList: "ol",
  listItem: "li",
};

function isNode(value: unknown): value is JsonNode {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function renderMarks(text: string, marks: unknown): string {
  let html = escapeHtml(text);
  if (!Array.isArray(marks)) return html;
  for (const mark of marks) {
    if (!isNode(mark)) continue;
    if (mark.type === "bold") html = `<strong>${html}</strong>`;
    else if (mark.type === "italic") html = `<em>${html}</em>`;
    else if (mark.type === "link") {
      const attrs = isNode(mark.attrs) ? (mark.attrs as { href?: unknown }) : {};
      const href = typeof attrs.href === "string" ? attrs.href.trim() : "";
      // only absolute http(s) links survive; others keep their text without the link
      if (isHttpUrl(href)) html = `<a href="${escapeHtml(href)}" rel="noopener noreferrer nofollow">${html}</a>`;
    }
  }
  return html;
}

function renderNode(node: unknown, depth: number): string {
  if (!isNode(node) || depth > 20) return "";
  if (node.type === "text") return typeof node.text === "string" ? renderMarks(node.text, node.marks) : "";
  if (node.type === "hardBreak") return "<br>";
  const inner = Array.isArray(node.content) ? node.content.map((c) => renderNode(c, depth + 1)).join("") : "";
  if (node.type === "doc") return inner;
  const tag = typeof node.type === "string" ? BLOCKS[node.type] : undefined;
  // unknown block types keep their (escaped) text content rather than dropping words
  return tag ? `<${tag}>${inner}</${tag}>` : inner;
}

/**
 * Render a stored explanation (tiptap JSON: doc, paragraph, text with bold/italic/link marks,
 * hardBreak, bullet/ordered lists) to HTML without a DOM. Every text and attribute is
 * escaped; links keep only absolute http(s) hrefs. Returns "" for null or a non-document.
 */
export function renderExplanationHtml(doc: unknown): string {
  if (!isNode(doc) || doc.type !== "doc") return "";
  return renderNode(doc, 0);
}
