import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { combinePublisher, readByline } from "./detect-text-metadata";
import { guessLanguage, normalizeLanguageTag } from "./guess-language";
import { htmlToParagraphs } from "./html-to-paragraphs";
import { joinParagraphs } from "./normalize-paragraphs";
import { parseMetaDate } from "./parse-date-line";
import { readHtmlMetadata } from "./read-html-metadata";
import { sanitizeArticleHtml, sanitizePageHtml } from "./sanitize-article-html";
import { structureArticle } from "./structure-article";
import type { ExtractedArticle } from "./types";

// linkedom needs a full document; a pasted fragment is wrapped so both parse the same way.
const asDocument = (html: string) => (/<html[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`);

/** Runs Readability on the sanitized page; falls back to the whole body for short fragments. */
function findArticleHtml(pageHtml: string): { html: string; byline: string | null; siteName: string | null } {
  const { document } = parseHTML(asDocument(pageHtml));
  const fallback = document.body?.innerHTML ?? pageHtml;
  const parsed = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
  if (!parsed?.content || (parsed.textContent ?? "").trim().length === 0) return { html: fallback, byline: null, siteName: null };
  return { html: parsed.content, byline: parsed.byline ?? null, siteName: parsed.siteName ?? null };
}

/**
 * Extracts an article from HTML: metadata is read from the original page, the page is
 * sanitized, Readability picks the story out of it, the story is sanitized again to text
 * structure only, and its paragraphs go through the same clutter and metadata rules as
 * pasted text. Expects input already cleaned. Also used for rendered markdown.
 */
export function extractFromHtml(content: string, sourceUrl: string | null, opts: { useReadability?: boolean } = {}): ExtractedArticle {
  const meta = readHtmlMetadata(parseHTML(asDocument(content)).document as unknown as Document);
  const found = opts.useReadability === false ? { html: content, byline: null, siteName: null } : findArticleHtml(sanitizePageHtml(content));
  const pageUrl = sourceUrl ?? meta.canonicalUrl ?? undefined;
  const safeHtml = sanitizeArticleHtml(found.html, pageUrl);

  const { document } = parseHTML(asDocument(safeHtml));
  const blocks = htmlToParagraphs(document.body as unknown as Element);
  const s = structureArticle(blocks.map((b) => b.text), { knownTitle: meta.title, keepUnknownHeader: true });

  // Keep the stored HTML in step with the text: blocks whose every paragraph was dropped go.
  const kept = new Set(s.paragraphs);
  const keptBlocks = blocks.filter((b) => kept.has(b.text)).map((b) => b.block);
  for (const block of new Set(blocks.map((b) => b.block))) {
    if (block !== (document.body as unknown) && !keptBlocks.some((k) => block.contains(k))) block.remove();
  }

  const text = joinParagraphs(s.paragraphs);
  const byline = s.byline ?? meta.byline ?? (found.byline ? (readByline(found.byline) ?? found.byline) : null);
  return {
    title: s.title ?? "",
    text,
    // Sanitized once more after the DOM edits: serialization must not reintroduce markup.
    sanitizedHtml: sanitizeArticleHtml(document.body?.innerHTML ?? "", pageUrl).trim(),
    byline,
    publisher: combinePublisher(s.wire, meta.publisher ?? found.siteName ?? s.republisher),
    dateline: s.dateline,
    publishedAt: parseMetaDate(meta.publishedTime) ?? s.publishedAt,
    language: normalizeLanguageTag(meta.language) ?? guessLanguage(text),
    sourceUrl: sourceUrl ?? meta.canonicalUrl,
    warnings: s.warnings,
  };
}
