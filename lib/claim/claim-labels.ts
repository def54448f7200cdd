import type { ClaimKind, ClaimStatus, SourceKind } from "@/lib/generated/prisma/enums";

// Human wording of the enums, shared by the UI and the human-facing exports (HTML);
// machine formats keep the enum names.
export const CLAIM_STATUS_LABELS: Record<ClaimStatus, string> = {
  DRAFT: "Draft",
  IN_REVIEW: "In review",
  CHANGES_REQUESTED: "Changes requested",
  APPROVED: "Approved",
};

export const CLAIM_KIND_LABELS: Record<ClaimKind, string> = {
  NUMBER_STATISTIC: "Number / statistic",
  DATE_TIME: "Date / time",
  QUANTITY_COUNT: "Quantity / count",
  QUOTE: "Quote",
  COMPARISON_SUPERLATIVE: "Comparison / superlative",
  CAUSAL: "Causal",
  OTHER: "Other",
};

export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  PRIMARY_DOCUMENT: "Primary document",
  OFFICIAL_STATEMENT: "Official statement",
  DATASET: "Dataset",
  EXPERT: "Expert",
  NEWS_REPORT: "News report",
};
