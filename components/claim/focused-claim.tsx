"use client";

import dynamic from "next/dynamic";
import { useEffect, useState } from "react";
import type { ClaimDto } from "@/lib/claim/claim.types";
import type { RatingScaleEntryDto } from "@/lib/rating-scale/rating-scale.types";
import type { WorkspaceUser } from "@/components/claim/research-form";
import { apiFetch, ApiError } from "@/components/claim/api-client";
import { loadResearchForm } from "@/components/claim/load-research-form";

const ResearchForm = dynamic(loadResearchForm, {
  ssr: false,
  loading: () => <p className="muted small" role="status">Loading the research form…</p>,
});

type Props = {
  claimId: string;
  /** the full claim when the page already has it (just created or saved here) */
  known: ClaimDto | null;
  ratingScale: RatingScaleEntryDto[];
  user: WorkspaceUser;
  onSaved: (dto: ClaimDto) => void;
  onDeleted: (id: string) => void;
};

/**
 * The focused claim's research form. The page lists claim summaries only, so the full
 * claim (verdict, sources, last review) is fetched here; mount with `key={claimId}`.
 */
export function FocusedClaim({ claimId, known, ratingScale, user, onSaved, onDeleted }: Props) {
  const [claim, setClaim] = useState<ClaimDto | null>(known);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (claim) return;
    const abort = new AbortController();
    setError(null);
    apiFetch<ClaimDto>(`/api/v1/claims/${encodeURIComponent(claimId)}`, { signal: abort.signal })
      .then(setClaim)
      .catch((e: unknown) => {
        if (abort.signal.aborted) return;
        setError(e instanceof ApiError ? e.message : "the server did not answer");
      });
    return () => abort.abort();
    // `claim` is only the guard: a loaded claim is never fetched again here
  }, [claimId, attempt]);

  if (claim) return <ResearchForm claim={claim} ratingScale={ratingScale} user={user} onSaved={onSaved} onDeleted={onDeleted} />;
  if (error) {
    return (
      <div className="stack" role="alert">
        <p className="error">Could not load the claim: {error}</p>
        <button type="button" className="btn" onClick={() => setAttempt((n) => n + 1)}>Try again</button>
      </div>
    );
  }
  return <p className="muted small" role="status" aria-busy="true">Loading the claim…</p>;
}
