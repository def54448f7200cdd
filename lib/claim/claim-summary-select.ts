import type { Prisma } from "@/lib/generated/prisma/client";
import { cutQuote, type ClaimSummaryDto } from "@/lib/claim/claim-summary";

/**
 * The columns a {@link ClaimSummaryDto} is built from: no sources, no verdict explanation,
 * no reviews or counts (the workspace page lists 1,000 claims with this).
 */
export const claimSummarySelect = {
  id: true,
  status: true,
  kind: true,
  start: true,
  end: true,
  exact: true,
  anchorOutcome: true,
  statement: true,
  version: true,
  assignee: { select: { id: true, name: true } },
  verdict: { select: { rating: { select: { label: true, colour: true } } } },
} satisfies Prisma.ClaimSelect;

export type ClaimSummaryRow = Prisma.ClaimGetPayload<{ select: typeof claimSummarySelect }>;

/** Maps a row selected with {@link claimSummarySelect} to the summary shape. */
export function toClaimSummaryDto(c: ClaimSummaryRow): ClaimSummaryDto {
  return {
    id: c.id,
    status: c.status,
    kind: c.kind,
    selector: { start: c.start, end: c.end, ...cutQuote(c.exact) },
    anchor: { outcome: c.anchorOutcome },
    statement: c.statement,
    assignee: c.assignee,
    rating: c.verdict?.rating ? { label: c.verdict.rating.label, colour: c.verdict.rating.colour } : null,
    version: c.version,
  };
}
