/** What the user gave us: pasted text/HTML, an uploaded file, or a fetched page. */
export type InputKind = "text" | "html" | "markdown";

export interface ImportInput {
  kind: InputKind;
  content: string;
  /** Where the content came from (a fetched page), used for relative links and metadata. */
  url?: string;
  filename?: string;
}

/**
 * The result of an import, shown in the preview for the user to edit before saving.
 * `text` is canonical: paragraphs joined by exactly one blank line, stable under `normalizeText`.
 */
export interface ExtractedArticle {
  title: string;
  text: string;
  /** Sanitized HTML of the extracted content (HTML and markdown inputs only). */
  sanitizedHtml?: string;
  byline: string | null;
  publisher: string | null;
  /** The wire-style dateline opening the story, e.g. "WASHINGTON (Reuters)". */
  dateline: string | null;
  /** ISO date (YYYY-MM-DD) of publication when the page states one. */
  publishedAt: string | null;
  /** ISO 639-1 language code, e.g. "en". */
  language: string | null;
  sourceUrl: string | null;
  /** Things the user should check in the preview (e.g. "No title found"). */
  warnings: string[];
}
