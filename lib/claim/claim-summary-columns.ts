import type { ClaimKindValue, ClaimStatusValue, ClaimDto } from "@/lib/claim/claim.types";
import type { ClaimSummaryDto } from "@/lib/claim/claim-summary";

/**
 * The workspace page's claim summaries as columns: one array per field, entry `i` of each
 * belonging to claim `i` (text order). Serialised as one JSON string (built by PostgreSQL,
 * see `selectClaimSummaryColumns`), the page's payload carries each key once instead of
 * 1,000 times, and the server passes one string through instead of encoding 1,000 objects.
 * `exact` is already cut like {@link cutQuote}; `truncated` says where.
 */
export type ClaimSummaryColumns = {
  id: string[];
  status: ClaimStatusValue[];
  kind: ClaimKindValue[];
  start: number[];
  end: number[];
  exact: string[];
  truncated: boolean[];
  outcome: ClaimDto["anchor"]["outcome"][];
  statement: string[];
  assigneeId: (string | null)[];
  assigneeName: (string | null)[];
  ratingLabel: (string | null)[];
  ratingColour: (string | null)[];
  version: number[];
};

/** The claim summaries of a {@link ClaimSummaryColumns} JSON string, in its order. */
export function decodeClaimSummaries(json: string): ClaimSummaryDto[] {
  const c = JSON.parse(json) as ClaimSummaryColumns;
  const out: ClaimSummaryDto[] = new Array(c.id.length);
  for (let i = 0; i < c.id.length; i++) {
    const assigneeId = c.assigneeId[i];
    const label = c.ratingLabel[i];
    out[i] = {
      id: c.id[i]!,
      status: c.status[i]!,
      kind: c.kind[i]!,
      selector: { start: c.start[i]!, end: c.end[i]!, exact: c.exact[i]!, truncated: c.truncated[i]! },
      anchor: { outcome: c.outcome[i]! },
      statement: c.statement[i]!,
      assignee: assigneeId ? { id: assigneeId, name: c.assigneeName[i] ?? "" } : null,
      rating: label != null ? { label, colour: c.ratingColour[i] ?? "" } : null,
      version: c.version[i]!,
    };
  }
  return out;
}
