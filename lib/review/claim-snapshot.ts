import type { Tx } from "@/lib/db";

/** The claim as reviewed: what a Review, an approval and the diff view compare. */
export type ClaimSnapshot = {
  version: number;
  statement: string;
  claimant: string;
  kind: string;
  exact: string;
  verdict: { rating: { key: string; label: string } | null; summary: string; explanationText: string } | null;
  sources: {
    url: string;
    title: string;
    publisher: string;
    quote: string;
    kind: string;
    accessedAt: string;
    archiveUrl: string | null;
  }[];
};

export const REVIEW_CLAIM_INCLUDE = {
  verdict: { include: { rating: true } },
  sources: { orderBy: { position: "asc" } },
} as const;

/** Loads a claim with what a snapshot needs; null when there is no such claim. */
export async function loadClaimForReview(tx: Pick<Tx, "claim">, claimId: string) {
  return tx.claim.findUnique({ where: { id: claimId }, include: REVIEW_CLAIM_INCLUDE });
}

type LoadedClaim = NonNullable<Awaited<ReturnType<typeof loadClaimForReview>>>;

/** Plain JSON copy of a loaded claim, stored on reviews and as the approved version. */
export function toClaimSnapshot(claim: LoadedClaim): ClaimSnapshot {
  return {
    version: claim.version,
    statement: claim.statement,
    claimant: claim.claimant,
    kind: claim.kind,
    exact: claim.exact,
    verdict: claim.verdict
      ? {
          rating: claim.verdict.rating ? { key: claim.verdict.rating.key, label: claim.verdict.rating.label } : null,
          summary: claim.verdict.summary,
          explanationText: claim.verdict.explanationText,
        }
      : null,
    sources: claim.sources.map((s) => ({
      url: s.url,
      title: s.title,
      publisher: s.publisher,
      quote: s.quote,
      kind: s.kind,
      accessedAt: s.accessedAt.toISOString().slice(0, 10),
      archiveUrl: s.archiveUrl,
    })),
  };
}

/**
 * Reads a stored snapshot back; tolerant of older or hand-made shapes (the demo seed stores
 * `rating`/`summary` at the top and sources as URLs): missing parts become empty.
 */
export function readClaimSnapshot(value: unknown): ClaimSnapshot | null {
  if (!value || typeof value !== "object" || Array.isArray(value)) return null;
  const v = value as Partial<ClaimSnapshot> & { rating?: unknown; summary?: unknown };
  const flatVerdict =
    typeof v.rating === "string" || typeof v.summary === "string"
      ? {
          rating: typeof v.rating === "string" ? { key: v.rating, label: v.rating } : null,
          summary: typeof v.summary === "string" ? v.summary : "",
          explanationText: "",
        }
      : null;
  const sources = (Array.isArray(v.sources) ? v.sources : []).map((s: unknown) =>
    typeof s === "string"
      ? { url: s, title: "", publisher: "", quote: "", kind: "", accessedAt: "", archiveUrl: null }
      : (s as ClaimSnapshot["sources"][number]),
  );
  return {
    version: typeof v.version === "number" ? v.version : 0,
    statement: v.statement ?? "",
    claimant: v.claimant ?? "",
    kind: v.kind ?? "OTHER",
    exact: v.exact ?? "",
    verdict: v.verdict ?? flatVerdict,
    sources,
  };
}
