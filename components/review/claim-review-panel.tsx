"use client";
import { useState } from "react";
import type { Role } from "@/lib/generated/prisma/enums";
import type { ClaimDto } from "@/lib/claim/claim.types";
import { ReviewActions, type ReviewActionResult } from "@/components/review/review-actions";
import { ClaimHistory } from "@/components/history/claim-history";

type Props = {
  claim: ClaimDto;
  user: { id: string; role?: Role };
  /** the workspace's queue: saves pending edits, sends the request, adopts the reloaded claim */
  perform?: (send: () => Promise<ReviewActionResult>) => Promise<unknown>;
};

/**
 * What the review feature adds to the workspace research form: the workflow buttons for the
 * focused claim and its History (collapsed; loaded when opened, refreshed on every version).
 */
export function ClaimReviewPanel({ claim, user, perform }: Props) {
  const isOwn = claim.createdBy.id === user.id || claim.assignee?.id === user.id;
  const [historyOpen, setHistoryOpen] = useState(false);
  return (
    <section className="stack" aria-label="Review">
      {user.role ? (
        <ReviewActions claimId={claim.id} status={claim.status} version={claim.version} role={user.role} isOwnClaim={isOwn} perform={perform} />
      ) : null}
      <details className="claim-history-tab" onToggle={(e) => setHistoryOpen(e.currentTarget.open)}>
        <summary>History</summary>
        {historyOpen ? <ClaimHistory claimId={claim.id} refreshKey={claim.version} /> : null}
      </details>
    </section>
  );
}
