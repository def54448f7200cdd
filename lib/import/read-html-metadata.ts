import { readJsonLd } from "./read-json-ld";

export interface HtmlMetadata {
  title: string | null;
  byline: string | null;
  publisher: string | null;
  publishedTime: string | null;
  language: string | null;
  canonicalUrl: string | null;
}

const text = (v: string | null | undefined) => (v && v.replace(/\s+/g, " ").trim()) || null;
const httpUrl = (v: string | null) => (v && /^https?:\/\//i.test(v) ? v : null);

/**
 * Reads a page's own description of its article from the unsanitized document: Open Graph
 * and article:* meta tags, JSON-LD, `<html lang>`, the first `<h1>`, `<title>`. Nothing in
 * the document is executed (linkedom does not run scripts); only attributes and JSON are read.
 */
export function readHtmlMetadata(document: Document): HtmlMetadata {
  const meta = (...keys: string[]) => {
    for (const key of keys) {
      const el = document.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
      const value = text(el?.getAttribute("content"));
      if (value) return value;
    }
    return null;
  };
  const ld = readJsonLd(
    Array.from(document.querySelectorAll('script[type="application/ld+json"]')).map((s) => s.textContent ?? ""),
  );
  const author = meta("author", "article:author", "parsely-author", "sailthru.author");
  return {
    title: text(ld?.headline) ?? meta("og:title", "twitter:title", "headline") ?? text(document.querySelector("h1")?.textContent) ?? text(document.querySelector("title")?.textContent),
    byline: ld?.authors.length ? ld.authors.join(", ") : author && !/^https?:/i.test(author) ? author : null,
    publisher: text(ld?.publisher) ?? meta("og:site_name", "application-name", "publisher"),
    publishedTime:
      meta("article:published_time", "og:article:published_time", "datePublished", "pubdate", "publish-date", "date", "dc.date") ??
      text(ld?.datePublished) ??
      text(document.querySelector("time[datetime]")?.getAttribute("datetime")),
    language: text(document.documentElement?.getAttribute("lang")) ?? text(ld?.language) ?? meta("og:locale", "language"),
    canonicalUrl: httpUrl(text(document.querySelector('link[rel="canonical"]')?.getAttribute("href"))) ?? httpUrl(meta("og:url")),
  };
}
