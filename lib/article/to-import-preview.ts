import { db } from "@/lib/db";
import type { ExtractedArticle } from "@/lib/import/types";
import type { ImportPreviewDto } from "@/lib/article/article.types";
import { findArticleIdByUrl } from "@/lib/article/find-article-by-url";

/** The preview of an extraction, with the article already imported from the same URL (if any). */
export async function toImportPreview(extracted: ExtractedArticle, requestedUrl?: string): Promise<ImportPreviewDto> {
  const existingArticleId =
    (await findArticleIdByUrl(db, extracted.sourceUrl)) ?? (requestedUrl ? await findArticleIdByUrl(db, requestedUrl) : null);
  return {
    title: extracted.title,
    text: extracted.text,
    sanitizedHtml: extracted.sanitizedHtml ?? null,
    byline: extracted.byline,
    publisher: extracted.publisher,
    dateline: extracted.dateline,
    publishedAt: extracted.publishedAt,
    language: extracted.language,
    sourceUrl: extracted.sourceUrl,
    warnings: extracted.warnings,
    existingArticleId,
  };
}
