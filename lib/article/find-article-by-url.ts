import type { Tx } from "@/lib/db";
import { canonicalizeUrl } from "@/lib/import/canonicalize-url";

/** The canonical form of `url`, or null when there is no URL or it cannot be parsed. */
export function canonicalOrNull(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return canonicalizeUrl(url);
  } catch {
    return null;
  }
}

/** The id of the article already imported from the same (canonicalised) URL, if any. */
export async function findArticleIdByUrl(client: Pick<Tx, "article">, url: string | null | undefined): Promise<string | null> {
  const canonicalUrl = canonicalOrNull(url);
  if (!canonicalUrl) return null;
  const found = await client.article.findUnique({ where: { canonicalUrl }, select: { id: true } });
  return found?.id ?? null;
}
