import type { AnnotatedArticle } from "./annotated-article.types";
import { escapeHtml } from "./html-escape";
import { splitIntoSegments, type TextSegment } from "./html-segments";

const text = (value: string) => escapeHtml(value).replace(/\n/g, "<br>\n");

function renderSegment(segment: TextSegment, numbers: Map<string, number>, titles: Map<string, string>, firstSeen: Set<string>): string {
  let html = text(segment.text);
  if (segment.claimIds.length) {
    const depth = Math.min(segment.claimIds.length, 3);
    const label = segment.claimIds.map((id) => titles.get(id) ?? "").filter(Boolean).join(" · ");
    // The first run of each claim carries an id so its footnote can link back to it.
    const firstId = segment.claimIds.find((id) => !firstSeen.has(id));
    segment.claimIds.forEach((id) => firstSeen.add(id));
    const idAttr = firstId ? ` id="mark-${escapeHtml(firstId)}"` : "";
    html = `<mark class="claim depth-${depth}"${idAttr} data-claim-ids="${escapeHtml(segment.claimIds.join(" "))}" title="${escapeHtml(label)}">${html}</mark>`;
  }
  const refs = segment.endingClaimIds
    .map((id) => ({ id, n: numbers.get(id) ?? 0 }))
    .sort((x, y) => x.n - y.n)
    .map(({ id, n }) => `<sup class="ref"><a href="#claim-${escapeHtml(encodeURIComponent(id))}">[${n}]</a></sup>`);
  return html + refs.join("");
}

/**
 * The revision text as escaped HTML paragraphs, each claim highlighted with <mark>
 * (overlaps split into runs; data-claim-ids lists every claim covering a run) and
 * followed by a footnote reference to #claim-<id>. `numbers` maps claim id → footnote number.
 */
export function renderArticleBody(a: AnnotatedArticle, numbers: Map<string, number>): string {
  const spans = a.claims.filter((c) => c.anchor.outcome !== "ORPHANED").map((c) => ({ id: c.id, ...c.selector }));
  const titles = new Map(a.claims.map((c) => [c.id, `[${numbers.get(c.id)}] ${c.verdict?.rating?.label ?? "No verdict yet"}`]));
  const firstSeen = new Set<string>();
  return splitIntoSegments(a.article.revision.text, spans)
    .map((paragraph) => `<p>${paragraph.map((s) => renderSegment(s, numbers, titles, firstSeen)).join("")}</p>`)
    .join("\n");
}
