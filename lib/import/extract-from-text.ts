import { combinePublisher } from "./detect-text-metadata";
import { guessLanguage } from "./guess-language";
import { joinParagraphs } from "./normalize-paragraphs";
import { splitTextParagraphs } from "./split-text-paragraphs";
import { structureArticle } from "./structure-article";
import type { ExtractedArticle } from "./types";

/**
 * Extracts an article from plain text, typically a news page copied or saved as text:
 * paragraphs are split, page clutter removed, and the headline, byline, dateline, date
 * and publisher read from the page's own words. Expects input already cleaned.
 */
export function extractFromText(content: string, sourceUrl: string | null): ExtractedArticle {
  const s = structureArticle(splitTextParagraphs(content));
  const text = joinParagraphs(s.paragraphs);
  return {
    title: s.title ?? "",
    text,
    byline: s.byline,
    publisher: combinePublisher(s.wire, s.republisher),
    dateline: s.dateline,
    publishedAt: s.publishedAt,
    language: guessLanguage(text),
    sourceUrl,
    warnings: s.warnings,
  };
}
