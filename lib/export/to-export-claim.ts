import type { ExportClaim, ExportReview, ExportVerdict } from "./annotated-article.types";
import type { ExportClaimRow } from "./export-claim-include";
import { renderExplanationHtml } from "./render-explanation-html";

function toVerdict(v: ExportClaimRow["verdict"]): ExportVerdict | null {
  if (!v) return null;
  return {
    rating: v.rating ? { key: v.rating.key, label: v.rating.label, value: v.rating.value } : null,
    summary: v.summary,
    explanationHtml: renderExplanationHtml(v.explanation),
    explanationText: v.explanationText,
  };
}

function toReview(c: ExportClaimRow): ExportReview | null {
  const approved = c.status === "APPROVED";
  const note = c.reviews[0]?.note ?? "";
  if (!approved && c.reviews.length === 0) return null;
  return {
    approvedBy: approved ? c.approvedBy : null,
    approvedAt: approved ? (c.approvedAt?.toISOString() ?? null) : null,
    note,
  };
}

/** Maps a claim row (with exportClaimInclude) to its place in the native export. */
export function toExportClaim(c: ExportClaimRow): ExportClaim {
  return {
    id: c.id,
    status: c.status,
    kind: c.kind,
    selector: { exact: c.exact, prefix: c.prefix, suffix: c.suffix, start: c.start, end: c.end },
    anchor: { outcome: c.anchorOutcome, score: c.anchorScore },
    statement: c.statement,
    claimant: c.claimant,
    assignee: c.assignee,
    verdict: toVerdict(c.verdict),
    sources: c.sources.map((s) => ({
      id: s.id,
      url: s.url,
      title: s.title,
      publisher: s.publisher,
      quote: s.quote,
      accessedAt: s.accessedAt.toISOString().slice(0, 10),
      kind: s.kind,
      archiveUrl: s.archiveUrl || null,
    })),
    review: toReview(c),
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}

/** Text order of the native export: start, then end, then id (stable across runs). */
export function compareExportClaims(a: { start: number; end: number; id: string }, b: { start: number; end: number; id: string }): number {
  return a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
