import { createHash } from "node:crypto";
import type { Span } from "./merge-spans";
import { CLAIM_KIND_BY_SUGGESTION_KIND, type Suggestion } from "./suggestion-types";

const CONTEXT = 32;

/**
 * Turns merged UTF-16 spans into Suggestions with code point offsets, 32-code-point prefix and
 * suffix, and a key of kind + exact + occurrence index that is the same on every run.
 */
export function buildSuggestions(text: string, spans: Span[]): Suggestion[] {
  const seen = new Map<string, number>();
  let unit = 0;
  let point = 0;
  return spans.map((span) => {
    // spans are sorted, so code points are counted in one forward walk
    point += countCodePoints(text, unit, span.start);
    const start = point;
    const exact = text.slice(span.start, span.end);
    const end = start + countCodePoints(text, span.start, span.end);
    point = end;
    unit = span.end;
    const id = `${span.kind}\u0000${exact}`;
    const occurrence = seen.get(id) ?? 0;
    seen.set(id, occurrence + 1);
    return {
      key: `${span.kind}:${hashOf(exact)}:${occurrence}`,
      kind: span.kind,
      start,
      end,
      exact,
      prefix: Array.from(text.slice(Math.max(0, span.start - CONTEXT * 2), span.start)).slice(-CONTEXT).join(""),
      suffix: Array.from(text.slice(span.end, span.end + CONTEXT * 2)).slice(0, CONTEXT).join(""),
      score: Math.round(span.score * 100) / 100,
      reason: span.reason,
      claimKind: CLAIM_KIND_BY_SUGGESTION_KIND[span.kind],
    };
  });
}

function countCodePoints(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // a low surrogate continues the code point its high surrogate started
    if (c < 0xdc00 || c > 0xdfff) n++;
  }
  return n;
}

function hashOf(exact: string): string {
  return createHash("sha256").update(exact).digest("hex").slice(0, 16);
}
