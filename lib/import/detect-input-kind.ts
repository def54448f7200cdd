import type { InputKind } from "./types";

const BY_EXTENSION: Record<string, InputKind> = {
  html: "html", htm: "html", xhtml: "html",
  md: "markdown", markdown: "markdown", mdown: "markdown", mkd: "markdown",
  txt: "text", text: "text",
};

const HTML_SIGNS = /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i;
const HTML_TAG = /<(p|div|article|section|span|h[1-6]|ul|ol|li|a\s|br|table|blockquote|em|strong)\b[^>]*>/gi;
const MARKDOWN_SIGNS = [/^#{1,6} \S/m, /^\s*[-*+] \S/m, /^\s*\d+\. \S/m, /\[[^\]\n]+\]\((https?:|\/|#)[^)\s]*\)/, /\*\*[^*\n]+\*\*/, /^> \S/m, /^```/m];

/**
 * Decides how to read an upload or a paste: by file extension when there is one, else by
 * content — a document or several block tags mean HTML, two or more markdown constructs
 * mean markdown, anything else is plain text.
 */
export function detectInputKind(content: string, filename?: string): InputKind {
  const ext = filename?.toLowerCase().match(/\.([a-z]+)$/)?.[1];
  const byExt = ext ? BY_EXTENSION[ext] : undefined;
  if (byExt) return byExt;
  const head = content.slice(0, 50_000);
  if (HTML_SIGNS.test(head) || (head.match(HTML_TAG)?.length ?? 0) >= 2) return "html";
  if (MARKDOWN_SIGNS.filter((re) => re.test(head)).length >= 2) return "markdown";
  return "text";
}
