import { createHash } from "node:crypto";
import { detectSuggestions } from "./detect-suggestions";
import type { Suggestion } from "./suggestion-types";

const MAX_ENTRIES = 64;
/** Map keeps insertion order, so the first key is the least recently used. */
const cache = new Map<string, Suggestion[]>();

/**
 * detectSuggestions behind a small in-process LRU keyed by the text's sha256: the article view
 * asks again on every load, and an article's text rarely changes. Returns copies so callers
 * cannot corrupt the cache.
 */
export function detectSuggestionsCached(text: string): Suggestion[] {
  const key = createHash("sha256").update(text).digest("hex");
  let hit = cache.get(key);
  if (hit) {
    cache.delete(key);
  } else {
    hit = detectSuggestions(text);
    if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
  }
  cache.set(key, hit);
  return hit.map((s) => ({ ...s }));
}

/** Empties the cache (tests). */
export function clearSuggestionCache(): void {
  cache.clear();
}
