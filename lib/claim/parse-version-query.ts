import { invalid } from "@/lib/errors/app-error";

/** Reads an optional `?version=N` (DELETE requests carry no body); INVALID_INPUT unless a positive integer. */
export function parseVersionQuery(query: Record<string, string>): number | undefined {
  const raw = query.version;
  if (raw === undefined) return undefined;
  // versions are int4 columns: a larger number would fail in PostgreSQL (500) instead of here
  if (!/^[1-9]\d{0,9}$/.test(raw) || Number(raw) > 2_147_483_647) throw invalid({ version: "must be a positive integer" });
  return Number(raw);
}
