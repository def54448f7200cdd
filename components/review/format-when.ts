/** A readable, timezone-stable timestamp ("3 Dec 2026, 23:42 UTC") for server-rendered lists. */
export function formatWhen(iso: string): string {
  const d = new Date(iso);
  return `${d.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" })}, ${d.toISOString().slice(11, 16)} UTC`;
}
