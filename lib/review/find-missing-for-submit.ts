import type { FieldErrors } from "@/lib/errors/app-error";
import type { ClaimSnapshot } from "@/lib/review/claim-snapshot";

/**
 * What a claim still lacks before it can be submitted: a statement, a verdict rating and
 * summary, and at least `minSources` sources (a newsroom setting). Empty when complete.
 */
export function findMissingForSubmit(claim: ClaimSnapshot, minSources: number): FieldErrors {
  const missing: FieldErrors = {};
  if (!claim.statement.trim()) missing.statement = "is required: write the claim as a standalone statement";
  if (!claim.verdict?.rating) missing["verdict.rating"] = "is required: choose a rating";
  if (!claim.verdict?.summary.trim()) missing["verdict.summary"] = "is required: write a one-line summary";
  if (claim.sources.length < minSources) {
    const noun = minSources === 1 ? "source" : "sources";
    missing.sources = `needs at least ${minSources} ${noun} (has ${claim.sources.length})`;
  }
  return missing;
}
