import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { parseInput } from "@/lib/errors/zod-to-app-error";
import { extractArticle } from "@/lib/import/extract-article";
import { fetchArticleUrl } from "@/lib/import/fetch-article-url";
import { getSettings } from "@/lib/settings/get-settings";
import { importUrlInputSchema, type ImportPreviewDto } from "@/lib/article/article.types";
import { toImportPreview } from "@/lib/article/to-import-preview";

/**
 * Fetches a page on the server (http/https, timeout, size cap; private and loopback
 * addresses only when the admin setting allows them) and extracts it for the import
 * preview, without saving. `existingArticleId` names an article already imported from it.
 */
export async function previewUrlImport(opts: { actor: Actor; input: unknown }): Promise<ImportPreviewDto> {
  assertCan(opts.actor, "article.import");
  const { url } = parseInput(importUrlInputSchema, opts.input);
  const { allowPrivateUrlImport } = await getSettings();
  const page = await fetchArticleUrl(url, { allowPrivate: allowPrivateUrlImport });
  const extracted = extractArticle({ kind: page.kind, content: page.content, url: page.url });
  return toImportPreview({ ...extracted, sourceUrl: extracted.sourceUrl ?? page.url }, url);
}
