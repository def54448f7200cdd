import type { ExportClaim, ExportRatingScale } from "./annotated-article.types";
import type { ExportScaleRow } from "./export-claim-include";

/**
 * The rating scale an export carries: the active entries plus any retired entry a claim in
 * it still uses, by position. Best/worst span every included numeric value, so each
 * ClaimReview ratingValue lies between them.
 */
export function buildExportRatingScale(scale: ExportScaleRow[], claims: ExportClaim[]): ExportRatingScale {
  const used = new Set(claims.map((c) => c.verdict?.rating?.key).filter((k): k is string => !!k));
  const entries = scale
    .filter((e) => !e.retired || used.has(e.key))
    .sort((a, b) => a.position - b.position || a.key.localeCompare(b.key))
    .map(({ key, label, value, position }) => ({ key, label, value, position }));
  const values = entries.map((e) => e.value).filter((v): v is number => v !== null);
  return {
    entries,
    bestRating: values.length ? Math.max(...values) : null,
    worstRating: values.length ? Math.min(...values) : null,
  };
}
