/** A claim's span in code points of the text; end exclusive. */
export type ClaimSpan = { id: string; start: number; end: number };

/** A run of text covered by the same set of claims. */
export type TextSegment = {
  text: string;
  /** claims covering this run, outermost (earliest start, longest) first */
  claimIds: string[];
  /** claims whose span ends right after this run: where their footnote marker goes */
  endingClaimIds: string[];
};

export type ParagraphSegments = TextSegment[];

const byNesting = (a: ClaimSpan, b: ClaimSpan) => a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : 1);

function paragraphRanges(cps: string[]): Array<[number, number]> {
  // Paragraphs are separated by a blank line (canonical text); a lone \n stays inside one.
  const ranges: Array<[number, number]> = [];
  let start = 0;
  let i = 0;
  while (i < cps.length) {
    if (cps[i] === "\n" && cps[i + 1] === "\n") {
      let j = i;
      while (cps[j] === "\n") j++;
      if (i > start) ranges.push([start, i]);
      start = j;
      i = j;
    } else i++;
  }
  if (cps.length > start) ranges.push([start, cps.length]);
  return ranges;
}

/**
 * Split canonical text into paragraphs of segments at every claim boundary, so that
 * overlapping and nested claims can be highlighted without crossing HTML elements.
 * Offsets are Unicode code points (an emoji counts once, as in the W3C selectors).
 * Spans that are empty or outside the text after clamping are ignored.
 */
export function splitIntoSegments(text: string, spans: ClaimSpan[]): ParagraphSegments[] {
  const cps = Array.from(text);
  const valid = spans
    .map((s) => ({ ...s, start: Math.max(0, s.start), end: Math.min(cps.length, s.end) }))
    .filter((s) => s.start < s.end)
    .sort(byNesting);
  const paragraphs = paragraphRanges(cps).map(([ps, pe]) => {
    const cuts = new Set([ps, pe]);
    for (const s of valid) {
      if (s.start > ps && s.start < pe) cuts.add(s.start);
      if (s.end > ps && s.end < pe) cuts.add(s.end);
    }
    const sorted = [...cuts].sort((x, y) => x - y);
    const segments: TextSegment[] = [];
    for (let k = 0; k + 1 < sorted.length; k++) {
      const from = sorted[k]!;
      const to = sorted[k + 1]!;
      const covering = valid.filter((s) => s.start <= from && s.end >= to);
      segments.push({ text: cps.slice(from, to).join(""), claimIds: covering.map((s) => s.id), endingClaimIds: [] });
    }
    return segments;
  });
  // The marker goes after the last run a claim covers, wherever the span ends (a span may
  // cross paragraphs or end inside the blank line between them).
  const marked = new Set<string>();
  for (const segment of paragraphs.flat().reverse()) {
    for (const id of segment.claimIds) {
      if (marked.has(id)) continue;
      marked.add(id);
      segment.endingClaimIds.push(id);
    }
  }
  return paragraphs;
}
