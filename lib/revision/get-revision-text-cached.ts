import { db } from "@/lib/db";
import { notFound } from "@/lib/errors/app-error";

/** Texts are up to 1 MB; this bounds the cache to ~32 MB of UTF-16 whatever the mix. */
const MAX_UNITS = 16_000_000;
const MAX_ENTRIES = 200;
/** Map keeps insertion order, so the first key is the least recently used. */
const cache = new Map<string, string>();
let units = 0;

/**
 * The text of revision `revisionId`, from an in-process LRU: revisions are immutable (a
 * text change is a new revision with a new id), so a cached text is never stale, and 32
 * writers marking claims on one 100 kB article stop moving 100 kB from the database each.
 */
export async function getRevisionTextCached(revisionId: string): Promise<string> {
  const hit = cache.get(revisionId);
  if (hit !== undefined) {
    cache.delete(revisionId);
    cache.set(revisionId, hit);
    return hit;
  }
  const row = await db.articleRevision.findUnique({ where: { id: revisionId }, select: { text: true } });
  if (!row) throw notFound("Article revision");
  cache.set(revisionId, row.text);
  units += row.text.length;
  while (units > MAX_UNITS || cache.size > MAX_ENTRIES) {
    const [oldest, text] = cache.entries().next().value as [string, string];
    cache.delete(oldest);
    units -= text.length;
  }
  return row.text;
}

/** Empties the cache (tests). */
export function clearRevisionTextCache(): void {
  cache.clear();
  units = 0;
}
