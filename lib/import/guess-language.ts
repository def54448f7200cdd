// The most frequent short words of each language: cheap and good enough to pre-fill the
// preview's language field, which the user can correct.
const STOPWORDS: Record<string, readonly string[]> = {
  en: ["the", "and", "of", "to", "in", "is", "that", "for", "on", "with", "was", "said", "it", "by"],
  fr: ["le", "la", "les", "et", "des", "du", "est", "une", "que", "pour", "dans", "qui", "sur", "pas"],
  de: ["der", "die", "und", "das", "ist", "nicht", "ein", "eine", "mit", "sich", "auf", "für", "von", "dem"],
  es: ["el", "la", "los", "las", "y", "que", "del", "en", "por", "una", "con", "para", "es", "se"],
  it: ["il", "che", "della", "di", "per", "una", "non", "sono", "gli", "nel", "con", "del", "è", "anche"],
  pt: ["o", "que", "não", "uma", "os", "do", "da", "em", "para", "com", "por", "mais", "as", "dos"],
  nl: ["de", "het", "een", "en", "van", "is", "dat", "niet", "op", "met", "voor", "zijn", "ook", "aan"],
};

/**
 * Guesses the ISO 639-1 language of a text from its function words. Returns null when the
 * text is too short or in none of the languages it knows.
 */
export function guessLanguage(text: string): string | null {
  const words = text.toLowerCase().match(/\p{L}+/gu)?.slice(0, 2000) ?? [];
  if (words.length < 5) return null;
  let best: string | null = null;
  let bestScore = 0;
  for (const [lang, list] of Object.entries(STOPWORDS)) {
    const set = new Set(list);
    const score = words.filter((w) => set.has(w)).length;
    if (score > bestScore) {
      best = lang;
      bestScore = score;
    }
  }
  // Fewer than 1 function word in 20 means none of these languages (or not prose at all).
  return bestScore * 20 >= words.length ? best : null;
}

/** Reduces a page's `lang` attribute ("en-US", "en_GB") to its ISO 639-1 part, or null. */
export function normalizeLanguageTag(tag: string | null | undefined): string | null {
  const m = /^([a-z]{2,3})(?:[-_]|$)/i.exec(tag?.trim() ?? "");
  return m?.[1] ? m[1].toLowerCase() : null;
}
