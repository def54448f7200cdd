export { CLAIM_STATUS_LABELS, CLAIM_KIND_LABELS, SOURCE_KIND_LABELS } from "@/lib/claim/claim-labels";

const LONG_DATE = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" });

/** "1 August 2025" for an ISO date or date-time (UTC, so a file reads the same everywhere). */
export function formatLongDate(iso: string): string {
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return Number.isNaN(date.getTime()) ? iso : LONG_DATE.format(date);
}
