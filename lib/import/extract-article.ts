import { invalid } from "@/lib/errors/app-error";
import { cleanInput } from "./clean-input";
import { extractFromHtml } from "./extract-from-html";
import { extractFromMarkdown } from "./extract-from-markdown";
import { extractFromText } from "./extract-from-text";
import type { ExtractedArticle, ImportInput } from "./types";

const titleFromFilename = (name?: string) => name?.replace(/^.*[\\/]/, "").replace(/\.[a-z0-9]+$/i, "").replace(/[-_]+/g, " ").trim() || null;

/**
 * Turns pasted or uploaded content (plain text, HTML or markdown) into an article for the
 * import preview: canonical paragraph text without page clutter, sanitized HTML for HTML
 * and markdown input, and the metadata the page states (title, byline, publisher, dateline,
 * published date, language). Control characters are removed; content over 2 MB is refused
 * with INVALID_INPUT on `content`. Pure: no I/O.
 */
export function extractArticle(input: ImportInput): ExtractedArticle {
  const content = cleanInput(input.content, "content");
  if (!content.trim()) throw invalid({ content: "is empty" }, "Nothing to import");
  const url = input.url ? cleanInput(input.url, "url").trim() : null;
  const article =
    input.kind === "html" ? extractFromHtml(content, url)
    : input.kind === "markdown" ? extractFromMarkdown(content, url)
    : extractFromText(content, url);
  if (!article.title) {
    const fallback = titleFromFilename(input.filename);
    if (fallback) return { ...article, title: fallback, warnings: article.warnings.filter((w) => !w.startsWith("No title")) };
  }
  return article;
}
