import type { AnnotatedArticle, ExportFormat } from "./annotated-article.types";

const EXTENSIONS: Record<ExportFormat, string> = {
  json: "json",
  w3c: "w3c.jsonld",
  claimreview: "claimreview.jsonld",
  html: "html",
  csv: "csv",
  ndjson: "ndjson",
};

const MAX_SLUG = 60;

/** ASCII slug of a title: accents folded, other characters dropped, cut at a word within 60 characters. */
export function slugifyTitle(title: string): string {
  let slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (slug.length > MAX_SLUG) {
    const cut = slug.lastIndexOf("-", MAX_SLUG);
    slug = slug.slice(0, cut > 0 ? cut : MAX_SLUG);
  }
  return slug || "article";
}

/** Download filename, e.g. "factmark-us-russian-space-chiefs-r2.w3c.jsonld" (ASCII only). */
export function exportFilename(a: AnnotatedArticle, format: ExportFormat): string {
  return `factmark-${slugifyTitle(a.article.title)}-r${a.article.revision.number}.${EXTENSIONS[format]}`;
}

/** Filename of a bulk NDJSON export, e.g. "factmark-export-2025-08-04.ndjson" (UTC date). */
export function bulkExportFilename(now: Date = new Date()): string {
  return `factmark-export-${now.toISOString().slice(0, 10)}.ndjson`;
}

/**
 * Content-Disposition for a download (RFC 6266): an ASCII `filename` for old clients and
 * `filename*` (RFC 8187, UTF-8 percent-encoded) for the exact name.
 */
export function contentDisposition(filename: string, disposition: "attachment" | "inline" = "attachment"): string {
  const ascii = filename.normalize("NFKD").replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
