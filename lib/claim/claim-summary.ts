import type { ClaimDto, ClaimKindValue, ClaimStatusValue, PersonDto } from "@/lib/claim/claim.types";

/** How many characters of the quote the claim list shows (and the summary carries). */
export const SUMMARY_QUOTE_LENGTH = 140;

/**
 * What the workspace's claim list and highlights need of a claim (~250 B instead of the
 * ~1.9 kB of a full {@link ClaimDto}): the research form loads the full claim on focus.
 * `selector.exact` is cut to {@link SUMMARY_QUOTE_LENGTH} characters (code points); `truncated` says so.
 */
export type ClaimSummaryDto = {
  id: string;
  status: ClaimStatusValue;
  kind: ClaimKindValue;
  selector: { start: number; end: number; exact: string; truncated: boolean };
  anchor: { outcome: ClaimDto["anchor"]["outcome"] };
  statement: string;
  assignee: PersonDto | null;
  rating: { label: string; colour: string } | null;
  version: number;
};

/**
 * Cuts a quote to the summary's length in code points (as the API counts characters, and as
 * PostgreSQL's `left()` cuts it for the workspace page), so never half an emoji.
 */
export function cutQuote(exact: string): { exact: string; truncated: boolean } {
  if (exact.length <= SUMMARY_QUOTE_LENGTH) return { exact, truncated: false }; // ≤ 140 UTF-16 units: ≤ 140 code points
  const points = Array.from(exact);
  if (points.length <= SUMMARY_QUOTE_LENGTH) return { exact, truncated: false };
  return { exact: points.slice(0, SUMMARY_QUOTE_LENGTH).join(""), truncated: true };
}

/** The summary of a full claim (after a create or a save in the browser). */
export function summarizeClaim(c: ClaimDto): ClaimSummaryDto {
  return {
    id: c.id,
    status: c.status,
    kind: c.kind,
    selector: { start: c.selector.start, end: c.selector.end, ...cutQuote(c.selector.exact) },
    anchor: { outcome: c.anchor.outcome },
    statement: c.statement,
    assignee: c.assignee,
    rating: c.verdict?.rating ? { label: c.verdict.rating.label, colour: c.verdict.rating.colour } : null,
    version: c.version,
  };
}
