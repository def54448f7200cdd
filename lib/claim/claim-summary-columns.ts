import type { ClaimKindValue, ClaimStatusValue, ClaimDto } from "@/lib/claim/claim.types";
import { cutQuote, type ClaimSummaryDto } from "@/lib/claim/claim-summary";
import { createCodePointIndex } from "@/lib/text/code-point-index";

/**
 * The workspace page's claim summaries as columns: one array per field, entry `i` of each
 * belonging to claim `i` (text order). Serialised as one JSON string (built by PostgreSQL,
 * see `selectClaimSummaryColumns`), the page's payload carries each key once instead of
 * 1,000 times, and the server passes one string through instead of encoding 1,000 objects.
 * Quotes travel for orphaned claims only (`orphanExact`, null for the others, cut to one
 * code point more than the summary shows): an anchored claim's quote is the current text
 * between its offsets, so the page does not carry it twice.
 */
export type ClaimSummaryColumns = {
  id: string[];
  status: ClaimStatusValue[];
  kind: ClaimKindValue[];
  start: number[];
  end: number[];
  orphanExact: (string | null)[];
  outcome: ClaimDto["anchor"]["outcome"][];
  statement: string[];
  assigneeId: (string | null)[];
  assigneeName: (string | null)[];
  ratingLabel: (string | null)[];
  ratingColour: (string | null)[];
  version: number[];
};

/**
 * The claim summaries of a {@link ClaimSummaryColumns} JSON string, in its order; `text` is
 * the article's current text (the quotes of anchored claims are read from it).
 */
export function decodeClaimSummaries(json: string, text: string): ClaimSummaryDto[] {
  const c = JSON.parse(json) as ClaimSummaryColumns;
  const out: ClaimSummaryDto[] = new Array(c.id.length);
  const index = createCodePointIndex(text);
  for (let i = 0; i < c.id.length; i++) {
    const assigneeId = c.assigneeId[i];
    const label = c.ratingLabel[i];
    const start = c.start[i]!;
    const end = c.end[i]!;
    const quote = c.orphanExact[i] ?? text.slice(index.toUtf16(start), index.toUtf16(end));
    out[i] = {
      id: c.id[i]!,
      status: c.status[i]!,
      kind: c.kind[i]!,
      selector: { start, end, ...cutQuote(quote) },
      anchor: { outcome: c.outcome[i]! },
      statement: c.statement[i]!,
      assignee: assigneeId ? { id: assigneeId, name: c.assigneeName[i] ?? "" } : null,
      rating: label != null ? { label, colour: c.ratingColour[i] ?? "" } : null,
      version: c.version[i]!,
    };
  }
  return out;
}
