import type { ClaimKindValue, ClaimStatusValue } from "@/lib/claim/claim.types";
import type { SourceKindValue } from "@/lib/source/source.types";

export const STATUS_LABEL: Record<ClaimStatusValue, string> = {
  DRAFT: "Draft",
  IN_REVIEW: "In review",
  CHANGES_REQUESTED: "Changes requested",
  APPROVED: "Approved",
};

/** A short glyph per status so the legend and list never rely on colour alone. */
export const STATUS_GLYPH: Record<ClaimStatusValue, string> = {
  DRAFT: "✎",
  IN_REVIEW: "…",
  CHANGES_REQUESTED: "↺",
  APPROVED: "✓",
};

export const KIND_LABEL: Record<ClaimKindValue, string> = {
  NUMBER_STATISTIC: "Number / statistic",
  DATE_TIME: "Date / time",
  QUANTITY_COUNT: "Quantity / count",
  QUOTE: "Quote",
  COMPARISON_SUPERLATIVE: "Comparison / superlative",
  CAUSAL: "Causal",
  OTHER: "Other",
};

export const SOURCE_KIND_LABEL: Record<SourceKindValue, string> = {
  PRIMARY_DOCUMENT: "Primary document",
  OFFICIAL_STATEMENT: "Official statement",
  DATASET: "Dataset",
  EXPERT: "Expert",
  NEWS_REPORT: "News report",
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
