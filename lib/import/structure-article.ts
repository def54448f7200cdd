import { FOOTER_MARKERS } from "./clutter-rules";
import { readByline, readDateline, readRepublisher } from "./detect-text-metadata";
import { parseDateLine } from "./parse-date-line";
import { findRule, removeClutter } from "./remove-clutter";

export interface StructuredArticle {
  title: string | null;
  paragraphs: string[];
  byline: string | null;
  dateline: string | null;
  wire: string | null;
  republisher: string | null;
  publishedAt: string | null;
  warnings: string[];
}

const wordCount = (p: string) => p.split(/\s+/).filter(Boolean).length;
// The article starts at its first paragraph of real prose; short lines above it are the
// page header (date, headline, share buttons, byline).
const isProse = (p: string) => wordCount(p) >= 15 || (wordCount(p) >= 8 && /[.!?"”]$/.test(p));
const sameText = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * Turns the paragraphs of a page (from pasted text or from extracted HTML) into an article:
 * page header (date line, headline, byline) read as metadata, clutter dropped, the story
 * cut at the first footer heading (tags, comments, "most popular"). With `knownTitle`
 * (from HTML metadata) the headline need not be found in the text, and with
 * `keepUnknownHeader` short unrecognised lines above the prose stay in the article.
 */
export function structureArticle(
  all: readonly string[],
  opts: { knownTitle?: string | null; keepUnknownHeader?: boolean } = {},
): StructuredArticle {
  const republisher = all.map(readRepublisher).find((r) => r !== null) ?? null;
  const { kept } = removeClutter(all);
  const warnings: string[] = [];

  let start = kept.findIndex(isProse);
  if (start < 0) start = kept.length > 1 && !/[.!?]$/.test(kept[0]!) && kept[0]!.length <= 200 ? 1 : 0;

  let byline: string | null = null;
  let publishedAt: string | null = null;
  const candidates: string[] = [];
  for (const line of kept.slice(0, start)) {
    const date = parseDateLine(line);
    const author = date ? null : readByline(line);
    if (date) publishedAt ??= date;
    else if (author) byline ??= author;
    else if (!findRule(FOOTER_MARKERS, line)) candidates.push(line);
  }
  // "HomeWorldUS, Russian space chiefs…": breadcrumbs glued to the headline end with it.
  const headerLines = candidates.filter((c) => !candidates.some((o) => o !== c && c.length > o.length && c.endsWith(o)));
  const title = opts.knownTitle?.trim() || headerLines.find((c) => wordCount(c) >= 3) || headerLines[0] || null;
  const leftovers = headerLines.filter((c) => !title || !sameText(c, title));

  let body = kept.slice(start);
  if (opts.keepUnknownHeader) body = [...leftovers, ...body];
  else if (leftovers.length) warnings.push(`Dropped lines above the article: ${leftovers.map((l) => `"${l}"`).join(", ")}`);
  if (title && body[0] && sameText(body[0], title)) body = body.slice(1);
  const firstByline = body[0] ? readByline(body[0]) : null;
  if (firstByline) {
    byline ??= firstByline;
    body = body.slice(1);
  }
  const end = body.findIndex((p, i) => i > 0 && findRule(FOOTER_MARKERS, p) !== undefined);
  if (end > 0) body = body.slice(0, end);

  const opening = body[0] ? readDateline(body[0]) : null;
  if (!title) warnings.push("No title found: enter one before saving");
  if (body.length === 0) warnings.push("No article text found");
  return {
    title,
    paragraphs: body,
    byline,
    dateline: opening?.dateline ?? null,
    wire: opening?.wire ?? null,
    republisher,
    publishedAt,
    warnings,
  };
}
