import { invalid } from "@/lib/errors/app-error";

/** Reads an optional `?version=N` (DELETE requests carry no body); INVALID_INPUT unless a positive integer. */
export function parseVersionQuery(query: Record<string, string>): number | undefined {
  const raw = query.version;
  if (raw === undefined) return undefined;
  if (!/^[1-9]\d{0,9}$/.test(raw)) throw invalid({ version: "must be a positive integer" });
  return Number(raw);
}
