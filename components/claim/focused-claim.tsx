"use client";

import { useEffect, useRef, useState } from "react";
import type { ClaimDto } from "@/lib/claim/claim.types";
import type { RatingScaleEntryDto } from "@/lib/rating-scale/rating-scale.types";
import type { WorkspaceUser } from "@/components/claim/research-form";
import { apiFetch, ApiError } from "@/components/claim/api-client";
import { loadedResearchForm, loadResearchForm } from "@/components/claim/load-research-form";

type Props = {
  claimId: string;
  /** the full claim when the page already has it (just created or saved here) */
  known: ClaimDto | null;
  /** the full claim, already requested (a highlight clicked before the page hydrated) */
  requested?: Promise<ClaimDto> | null;
  ratingScale: RatingScaleEntryDto[];
  user: WorkspaceUser;
  onSaved: (dto: ClaimDto) => void;
  onDeleted: (id: string) => void;
  /** the research form of `claimId` is on screen */
  onShown?: (claimId: string) => void;
};

/**
 * The focused claim's research form. The page lists claim summaries only, so the full
 * claim (verdict, sources, last review) is fetched here; mount with `key={claimId}`.
 */
export function FocusedClaim({ claimId, known, requested, ratingScale, user, onSaved, onDeleted, onShown }: Props) {
  const [claim, setClaim] = useState<ClaimDto | null>(known);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  // the form's chunk is normally warmed by the workspace; wait for it only if it is not
  const [ResearchForm, setResearchForm] = useState(loadedResearchForm);
  const [formError, setFormError] = useState(false);
  useEffect(() => {
    if (ResearchForm) return;
    let live = true;
    setFormError(false);
    loadResearchForm().then(
      (form) => live && setResearchForm(() => form),
      () => live && setFormError(true),
    );
    return () => {
      live = false;
    };
  }, [ResearchForm, attempt]);

  useEffect(() => {
    if (claim) return;
    const abort = new AbortController();
    setError(null);
    // the early request serves the first attempt only; "Try again" asks anew
    const load = requested && attempt === 0 ? requested : apiFetch<ClaimDto>(`/api/v1/claims/${encodeURIComponent(claimId)}`, { signal: abort.signal });
    load
      .then((c) => {
        if (!abort.signal.aborted) setClaim(c);
      })
      .catch((e: unknown) => {
        if (abort.signal.aborted) return;
        setError(e instanceof ApiError ? e.message : "the server did not answer");
      });
    return () => abort.abort();
    // `claim` is only the guard: a loaded claim is never fetched again here
  }, [claimId, attempt]);

  const isShown = !!(claim && ResearchForm);
  const shownRef = useRef(onShown);
  shownRef.current = onShown;
  useEffect(() => {
    if (isShown) shownRef.current?.(claimId);
  }, [isShown, claimId]);

  if (claim && ResearchForm) return <ResearchForm claim={claim} ratingScale={ratingScale} user={user} onSaved={onSaved} onDeleted={onDeleted} />;
  if (error || (formError && !ResearchForm)) {
    return (
      <div className="stack" role="alert">
        <p className="error">{error ? `Could not load the claim: ${error}` : "Could not load the research form: the server did not answer."}</p>
        <button type="button" className="btn" onClick={() => setAttempt((n) => n + 1)}>Try again</button>
      </div>
    );
  }
  if (claim) return <p className="muted small" role="status" aria-busy="true">Loading the research form…</p>;
  return <p className="muted small" role="status" aria-busy="true">Loading the claim…</p>;
}
