import { createCodePointIndex, type CodePointIndex } from "@/lib/text/code-point-index";
import { claimMarkAttributes } from "@/components/editor/claim-mark-attributes";

/**
 * Conversions between the canonical article text and the ProseMirror document the
 * workspace shows it in. The text's paragraphs are separated by "\n\n"; each becomes a
 * paragraph node, and a lone "\n" inside one becomes a hard break. A paragraph node adds
 * one position when it opens and one when it closes — exactly the two characters of the
 * separator — so a UTF-16 index `i` of the text is ProseMirror position `i + 1`. The API
 * counts Unicode code points instead (an emoji is 1 there, 2 in ProseMirror), so every
 * offset crossing the boundary goes through a {@link CodePointIndex}.
 */
export type TextPositions = {
  /** Code-point offset in the text → ProseMirror position. */
  toPos(offset: number): number;
  /** ProseMirror position → code-point offset in the text. */
  toOffset(pos: number): number;
  /** Length of the text in code points. */
  readonly length: number;
};

/** Builds the two-way map for `text` once (O(n)); each conversion is then O(1). */
export function createTextPositions(text: string): TextPositions {
  const index: CodePointIndex = createCodePointIndex(text);
  return {
    length: index.length,
    toPos: (offset) => index.toUtf16(offset) + 1,
    toOffset: (pos) => index.toCodePoint(pos - 1),
  };
}

/** Splits canonical text into paragraphs the way the document is built (keeps empty ones). */
export function splitParagraphs(text: string): string[] {
  return text.split("\n\n");
}

/** A claim's span as the document needs it, in code points of the text. */
export type ClaimSpan = { id: string; start: number; end: number; status: string };

type JsonMark = { type: "claim"; attrs: { claimId: string; status: string } };
type JsonInline = { type: "text"; text: string; marks?: JsonMark[] } | { type: "hardBreak"; marks?: JsonMark[] };
export type ArticleDocJson = { type: "doc"; content: { type: "paragraph"; content?: JsonInline[] }[] };

const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * Code-point offsets → UTF-16 offsets of `text` for the given offsets only, in one walk over
 * the text (no index of every character: this runs for each page the server renders).
 */
function utf16Offsets(text: string, offsets: readonly number[]): (offset: number) => number {
  const clamp = (u: number) => Math.max(0, Math.min(u, text.length));
  if (!SURROGATE.test(text)) return (offset) => clamp(Math.trunc(offset));
  const wanted = [...new Set(offsets.map((o) => Math.max(0, Math.trunc(o))))].sort((a, b) => a - b);
  const map = new Map<number, number>();
  let w = 0;
  let cp = 0;
  for (let i = 0; i < text.length && w < wanted.length; i++) {
    while (w < wanted.length && wanted[w] === cp) map.set(wanted[w++]!, i);
    const c = text.charCodeAt(i);
    // a high surrogate followed by a low one is one code point
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    cp++;
  }
  return (offset) => map.get(Math.max(0, Math.trunc(offset))) ?? text.length;
}

/** A run of one paragraph's text under the same claims (outer claim first). */
type Segment = { text: string; claims: ClaimSpan[] };

/**
 * The article's paragraphs cut into runs under the same claims, in one sweep over the text
 * (O(n + k log k)). Outer claims come first in each run's list, so nested claims nest.
 */
function articleSegments(text: string, claims: readonly ClaimSpan[]): Segment[][] {
  const toUtf16 = utf16Offsets(text, claims.flatMap((c) => [c.start, c.end]));
  const spans = claims
    .map((c) => ({ c, from: toUtf16(c.start), to: toUtf16(c.end) }))
    .filter((s) => s.to > s.from)
    .sort((a, b) => a.from - b.from || b.to - a.to);
  const cuts = [...new Set(spans.flatMap((s) => [s.from, s.to]))].sort((a, b) => a - b);
  let cut = 0;
  const paragraphs: Segment[][] = [];
  let base = 0;
  let next = 0; // first span not yet started
  let open: typeof spans = [];
  for (const para of splitParagraphs(text)) {
    const end = base + para.length;
    const segments: Segment[] = [];
    const points = [base];
    while (cut < cuts.length && cuts[cut]! <= base) cut++;
    while (cut < cuts.length && cuts[cut]! < end) points.push(cuts[cut++]!);
    points.push(end);
    for (let i = 0; i < points.length - 1; i++) {
      const from = points[i]!;
      const to = points[i + 1]!;
      if (to <= from) continue;
      while (next < spans.length && spans[next]!.from <= from) open.push(spans[next++]!);
      open = open.filter((s) => s.to > from);
      segments.push({ text: text.slice(from, to), claims: open.filter((s) => s.from <= from).map((s) => s.c) });
    }
    paragraphs.push(segments);
    base = end + 2;
  }
  return paragraphs;
}

/**
 * The tiptap JSON document of an article with its claims already marked. Built in one
 * sweep over the text rather than one `addMark` transaction per claim, so a 100 kB article
 * with 1,000 claims loads at once. Outer claims come first in each segment's mark list, so
 * nested claims render as nested elements.
 */
export function buildArticleDoc(text: string, claims: readonly ClaimSpan[]): ArticleDocJson {
  return {
    type: "doc",
    content: articleSegments(text, claims).map((segments) => {
      const inline: JsonInline[] = [];
      for (const seg of segments) {
        pushText(inline, seg.text, seg.claims.map((c): JsonMark => ({ type: "claim", attrs: { claimId: c.id, status: c.status } })));
      }
      return inline.length ? { type: "paragraph", content: inline } : { type: "paragraph" };
    }),
  };
}

function pushText(out: JsonInline[], chunk: string, marks: JsonMark[]) {
  const withMarks = marks.length ? { marks } : {};
  chunk.split("\n").forEach((line, i) => {
    if (i > 0) out.push({ type: "hardBreak", ...withMarks });
    if (line) out.push({ type: "text", text: line, ...withMarks });
  });
}

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const HTML_SPECIAL = /[&<>"']/;
const escapeHtml = (s: string) => (HTML_SPECIAL.test(s) ? s.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]!) : s);

function openMark(c: ClaimSpan): string {
  let tag = "<mark";
  for (const [k, v] of Object.entries(claimMarkAttributes(c.id, c.status))) tag += ` ${k}="${escapeHtml(v)}"`;
  return tag + ">";
}

/**
 * The article with its claims as the HTML the read-only editor renders (one `<p>` per
 * paragraph, `<br>` for a line break, nested `<mark class="claim-mark">` per claim with the
 * same attributes), so the server can paint every highlight before any script runs. One
 * pass; text and attribute values are escaped, and a claim whose id is not a valid claim id
 * keeps its highlight but gets no `data-claim-id`.
 */
export function renderArticleHtml(text: string, claims: readonly ClaimSpan[]): string {
  const out: string[] = [];
  const tags = new Map<ClaimSpan, string>(); // a claim's opening tag, built once
  const open = (c: ClaimSpan) => {
    let tag = tags.get(c);
    if (tag === undefined) tags.set(c, (tag = openMark(c)));
    return tag;
  };
  for (const segments of articleSegments(text, claims)) {
    out.push("<p>");
    let stack: ClaimSpan[] = [];
    let endsWithBreak = false;
    for (const seg of segments) {
      // keep the longest common prefix of open claims, as ProseMirror does for adjacent text
      let keep = 0;
      while (keep < stack.length && keep < seg.claims.length && stack[keep] === seg.claims[keep]) keep++;
      for (let i = stack.length; i > keep; i--) out.push("</mark>");
      for (let i = keep; i < seg.claims.length; i++) out.push(open(seg.claims[i]!));
      stack = seg.claims;
      const escaped = escapeHtml(seg.text);
      out.push(escaped.includes("\n") ? escaped.replaceAll("\n", "<br>") : escaped);
      endsWithBreak = seg.text.endsWith("\n");
    }
    for (let i = stack.length; i > 0; i--) out.push("</mark>");
    // an empty paragraph, or one ending in a line break, keeps its last line's height
    if (!segments.length || endsWithBreak) out.push('<br class="ProseMirror-trailingBreak">');
    out.push("</p>");
  }
  return out.join("");
}

/**
 * Shrinks the code-point span `start`–`end` of `text` past leading and trailing
 * whitespace, so a sloppy mouse selection stores the words only. Returns null when
 * nothing but whitespace (or nothing at all) is selected.
 */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number; exact: string } | null {
  const index = createCodePointIndex(text);
  const from = index.toUtf16(Math.min(start, end));
  const to = index.toUtf16(Math.max(start, end));
  const slice = text.slice(from, to);
  const lead = slice.length - slice.trimStart().length;
  const exact = slice.trim();
  if (!exact) return null;
  const s = index.toCodePoint(from + lead);
  return { start: s, end: s + [...exact].length, exact };
}

/** Rendered articles kept by {@link renderArticleHtmlMemo}, most recently used last. */
const renderedArticles = new Map<string, string>();
const RENDERED_MAX_ENTRIES = 16;
const RENDERED_MAX_CHARS = 16_000_000; // keys and HTML, in UTF-16 units (≈ 32 MB)
let renderedChars = 0;

/**
 * {@link renderArticleHtml}, remembered by its complete input (the text itself and every
 * claim's id, offsets and status), so the server renders a popular article's highlights
 * once rather than on every request. The result is a pure function of that key, so nothing
 * ever needs invalidating: a changed text, claim or status is a different key. Bounded to
 * {@link RENDERED_MAX_ENTRIES} entries and {@link RENDERED_MAX_CHARS} characters, least
 * recently used first out.
 */
export function renderArticleHtmlMemo(text: string, claims: readonly ClaimSpan[]): string {
  let key = text + "\u0000";
  for (const c of claims) key += `${c.id}\u0001${c.start}\u0001${c.end}\u0001${c.status}\u0002`;
  const hit = renderedArticles.get(key);
  if (hit !== undefined) {
    renderedArticles.delete(key);
    renderedArticles.set(key, hit);
    return hit;
  }
  const html = renderArticleHtml(text, claims);
  const size = key.length + html.length;
  if (size > RENDERED_MAX_CHARS) return html;
  renderedArticles.set(key, html);
  renderedChars += size;
  for (const [k, v] of renderedArticles) {
    if (renderedArticles.size <= RENDERED_MAX_ENTRIES && renderedChars <= RENDERED_MAX_CHARS) break;
    renderedArticles.delete(k);
    renderedChars -= k.length + v.length;
  }
  return html;
}
