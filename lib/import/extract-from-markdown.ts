import { marked } from "marked";
import { extractFromHtml } from "./extract-from-html";
import type { ExtractedArticle } from "./types";

/**
 * Extracts an article from markdown: rendered to HTML by `marked`, then read like a
 * fragment of HTML (sanitized; the first `# heading` is the title). Readability is skipped:
 * a markdown file is already just the article. Raw HTML inside the markdown is sanitized
 * like any other HTML.
 */
export function extractFromMarkdown(content: string, sourceUrl: string | null): ExtractedArticle {
  const html = marked.parse(content, { async: false, gfm: true });
  return extractFromHtml(html, sourceUrl, { useReadability: false });
}
