import type { ClaimStatusValue } from "@/lib/claim/claim.types";
import { CLAIM_KIND_LABELS, CLAIM_STATUS_LABELS, SOURCE_KIND_LABELS } from "@/lib/claim/claim-labels";

export const STATUS_LABEL = CLAIM_STATUS_LABELS;
export const KIND_LABEL = CLAIM_KIND_LABELS;
export const SOURCE_KIND_LABEL = SOURCE_KIND_LABELS;

/** A short glyph per status so the legend and list never rely on colour alone. */
export const STATUS_GLYPH: Record<ClaimStatusValue, string> = {
  DRAFT: "✎",
  IN_REVIEW: "…",
  CHANGES_REQUESTED: "↺",
  APPROVED: "✓",
};

/** Human names of the fields a 409 reports as changed. */
export const FIELD_LABEL: Record<string, string> = {
  statement: "Statement",
  claimant: "Claimant",
  kind: "Kind",
  assigneeId: "Assignee",
  status: "Status",
  "verdict.rating": "Rating",
  "verdict.summary": "Summary",
  "verdict.explanation": "Explanation",
  sources: "Sources",
  selector: "Position in the text",
};
