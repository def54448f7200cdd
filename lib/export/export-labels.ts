import type { ClaimKind, ClaimStatus, SourceKind } from "@/lib/generated/prisma/enums";

// Human wording of the enums for human-facing exports (HTML); machine formats keep the names.
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

const LONG_DATE = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" });

/** "1 August 2025" for an ISO date or date-time (UTC, so a file reads the same everywhere). */
export function formatLongDate(iso: string): string {
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return Number.isNaN(date.getTime()) ? iso : LONG_DATE.format(date);
}
