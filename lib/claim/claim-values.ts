/**
 * A claim's kinds and statuses as plain constants, without zod: the workspace's first
 * scripts (legend, claim list) need only these, and importing `claim.types` for them put all
 * of zod into every page's first load. The schemas in `claim.types` are built from these.
 */
export const CLAIM_KINDS = [
  "NUMBER_STATISTIC", "DATE_TIME", "QUANTITY_COUNT", "QUOTE", "COMPARISON_SUPERLATIVE", "CAUSAL", "OTHER",
] as const;
export const CLAIM_STATUSES = ["DRAFT", "IN_REVIEW", "CHANGES_REQUESTED", "APPROVED"] as const;

export type ClaimKindValue = (typeof CLAIM_KINDS)[number];
export type ClaimStatusValue = (typeof CLAIM_STATUSES)[number];
