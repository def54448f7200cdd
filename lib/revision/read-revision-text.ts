import { normalizeText } from "@/lib/anchoring/normalize-text";
import { invalid } from "@/lib/errors/app-error";
import { extractArticle } from "@/lib/import/extract-article";
import { fetchArticleUrl } from "@/lib/import/fetch-article-url";
import { getSettings } from "@/lib/settings/get-settings";
import type { CreateRevisionInput } from "@/lib/revision/revision.types";

/**
 * Turns an update's input into canonical text exactly as import does: pasted text goes
 * through `normalizeText` (what createArticle stores), HTML and fetched pages through
 * `extractArticle` (clutter removed, sanitized HTML kept). The same normalisation on both
 * paths is what keeps unchanged claims at unchanged offsets.
 */
export async function readRevisionText(
  input: CreateRevisionInput,
  article: { sourceUrl: string | null },
): Promise<{ text: string; sourceHtml: string | null }> {
  if ("text" in input) return { text: normalizeText(input.text), sourceHtml: null };
  if ("html" in input) {
    const extracted = extractArticle({ kind: "html", content: input.html });
    return { text: normalizeText(extracted.text), sourceHtml: extracted.sanitizedHtml ?? null };
  }
  const url = input.url ?? article.sourceUrl;
  if (!url) throw invalid({ url: "is required: this article has no source URL to re-fetch" });
  const { allowPrivateUrlImport } = await getSettings();
  const page = await fetchArticleUrl(url, { allowPrivate: allowPrivateUrlImport });
  const extracted = extractArticle({ kind: page.kind, content: page.content, url: page.url });
  return { text: normalizeText(extracted.text), sourceHtml: extracted.sanitizedHtml ?? null };
}
