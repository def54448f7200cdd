/**
 * Reading the user's selection in the server-rendered article (before the editor takes
 * over) as offsets of the canonical text: paragraphs (`<p>` children of the root) are
 * separated by "\n\n", a `<br>` is "\n" — except ProseMirror's trailing break, which only
 * gives an empty last line its height.
 */

/** UTF-16 offset in the canonical text of the DOM point (`node`, `offset`) inside `root`. */
export function textOffsetAt(root: Element, node: Node, offset: number): number | null {
  if (node !== root && !root.contains(node)) return null;
  let count = 0;
  let paragraphs = 0;
  let found: number | null = null;
  const walk = (n: Node): boolean => {
    if (n.nodeType === 3) {
      if (n === node) {
        found = count + Math.min(offset, n.nodeValue?.length ?? 0);
        return true;
      }
      count += n.nodeValue?.length ?? 0;
      return false;
    }
    if (n !== root && n.nodeType === 1) {
      const el = n as Element;
      if (el.tagName === "P" && el.parentNode === root && paragraphs++ > 0) count += 2;
      if (el.tagName === "BR" && !el.classList.contains("ProseMirror-trailingBreak")) count += 1;
    }
    const kids = n.childNodes;
    for (let i = 0; i < kids.length; i++) {
      if (n === node && i === offset) {
        found = count;
        return true;
      }
      if (walk(kids[i]!)) return true;
    }
    if (n === node) {
      found = count;
      return true;
    }
    return false;
  };
  walk(root);
  return found;
}

/** The document's selection inside `root` as UTF-16 offsets of the canonical text, or null. */
export function domSelectionOffsets(root: Element): { start: number; end: number } | null {
  const sel = root.ownerDocument.getSelection();
  if (!sel || sel.rangeCount === 0 || !sel.anchorNode || !sel.focusNode) return null;
  const a = textOffsetAt(root, sel.anchorNode, sel.anchorOffset);
  const b = textOffsetAt(root, sel.focusNode, sel.focusOffset);
  if (a === null || b === null) return null;
  return { start: Math.min(a, b), end: Math.max(a, b) };
}
