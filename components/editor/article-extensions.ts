import Document from "@tiptap/extension-document";
import Paragraph from "@tiptap/extension-paragraph";
import Text from "@tiptap/extension-text";
import HardBreak from "@tiptap/extension-hard-break";
import { ClaimMark, type ClaimMarkOptions } from "@/components/editor/claim-mark";
import { ReadOnlyText } from "@/components/editor/read-only-text";

/**
 * The article view's schema: paragraphs of plain text with hard breaks, claim marks, and
 * the read-only behaviour. No history: undo must never remove a stored claim's highlight.
 */
export function articleExtensions(opts: Partial<ClaimMarkOptions> = {}) {
  return [Document, Paragraph, Text, HardBreak, ClaimMark.configure(opts), ReadOnlyText];
}
