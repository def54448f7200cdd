/** A located finding in UTF-16 units of the article text, before it becomes a Suggestion. */
export type Span = { kind: import("./suggestion-types").SuggestionKind; start: number; end: number; score: number; reason: string };

/** Overlap of two spans as a share of the shorter one. */
export function overlapShare(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  const shorter = Math.min(a.end - a.start, b.end - b.start);
  return overlap <= 0 || shorter <= 0 ? 0 : overlap / shorter;
}

/**
 * Merges spans that overlap by at least half of the shorter: the larger span wins, keeps the
 * higher score, and its reason mentions what the smaller one found ("also contains a date").
 * A checker should see one suggestion per claim, not one per number in it.
 */
export function mergeSpans(spans: Span[]): Span[] {
  const bySize = [...spans].sort((a, b) => b.end - b.start - (a.end - a.start) || b.score - a.score);
  const kept: Span[] = [];
  for (const span of bySize) {
    const host = kept.find((k) => overlapShare(k, span) >= 0.5);
    if (!host) {
      kept.push({ ...span });
      continue;
    }
    // the span stays the larger one; the kind follows the stronger finding ("cost $5 million in 2024" is money)
    const [strong, weak] = span.score > host.score ? [span, host] : [host, span];
    const also = weak.reason.replace(/^contains /, "");
    host.kind = strong.kind;
    host.score = strong.score;
    host.reason = strong.kind !== weak.kind && !strong.reason.includes(also) ? `${strong.reason}; also ${also}` : strong.reason;
  }
  return kept.sort((a, b) => a.start - b.start);
}
