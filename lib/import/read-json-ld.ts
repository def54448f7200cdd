const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|OpinionNewsArticle|Report|WebPage)$/;

export interface JsonLdArticle {
  headline: string | null;
  datePublished: string | null;
  authors: string[];
  publisher: string | null;
  language: string | null;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown) => (typeof v === "string" && v.trim() ? v.trim() : null);
const nameOf = (v: unknown): string | null => str(v) ?? (isObject(v) ? str(v.name) : null);

function* objects(v: unknown, depth = 0): Generator<Json> {
  if (depth > 4) return; // JSON-LD graphs are shallow; do not walk a hostile nesting
  if (Array.isArray(v)) for (const x of v) yield* objects(x, depth + 1);
  else if (isObject(v)) {
    yield v;
    if (v["@graph"]) yield* objects(v["@graph"], depth + 1);
  }
}

function isArticle(o: Json): boolean {
  const types = Array.isArray(o["@type"]) ? o["@type"] : [o["@type"]];
  return types.some((t) => typeof t === "string" && ARTICLE_TYPES.test(t));
}

/**
 * Reads the article description a news page embeds as JSON-LD (schema.org NewsArticle and
 * kin). Takes the raw contents of its `application/ld+json` scripts; invalid JSON is skipped.
 * A NewsArticle wins over a generic WebPage when the page has both.
 */
export function readJsonLd(scripts: readonly string[]): JsonLdArticle | null {
  const found: Json[] = [];
  for (const script of scripts) {
    try {
      for (const o of objects(JSON.parse(script))) if (isArticle(o)) found.push(o);
    } catch {
      // a broken JSON-LD block is common and harmless: the other sources still apply
    }
  }
  const o = found.find((x) => x["@type"] !== "WebPage") ?? found[0];
  if (!o) return null;
  const authors = (Array.isArray(o.author) ? o.author : [o.author]).map(nameOf).filter((n): n is string => n !== null);
  return {
    headline: str(o.headline) ?? str(o.name),
    datePublished: str(o.datePublished) ?? str(o.dateCreated),
    authors,
    publisher: nameOf(o.publisher),
    language: str(o.inLanguage),
  };
}
