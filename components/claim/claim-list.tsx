"use client";

import { memo, useEffect, useRef } from "react";
import type { ClaimDto } from "@/lib/claim/claim.types";
import { KIND_LABEL, STATUS_GLYPH, STATUS_LABEL } from "@/components/claim/claim-labels";

type ItemProps = { claim: ClaimDto; isFocused: boolean; onSelect: (id: string) => void };

/** One claim in the side panel; memoised so focusing a claim re-renders two items, not 1,000. */
const ClaimListItem = memo(function ClaimListItem({ claim, isFocused, onSelect }: ItemProps) {
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (isFocused) ref.current?.scrollIntoView({ block: "nearest" });
  }, [isFocused]);
  const quote = claim.selector.exact.length > 140 ? `${claim.selector.exact.slice(0, 140)}…` : claim.selector.exact;
  return (
    <li className="claim-item" data-status={claim.status}>
      <button
        ref={ref}
        type="button"
        className="claim-item-button"
        aria-current={isFocused ? "true" : undefined}
        data-claim-id={claim.id}
        onClick={() => onSelect(claim.id)}
      >
        <span className={`status status-${claim.status}`}>
          <span aria-hidden="true">{STATUS_GLYPH[claim.status]}</span> {STATUS_LABEL[claim.status]}
        </span>
        {claim.anchor.outcome === "ORPHANED" ? <span className="status orphan">Orphaned</span> : null}
        <span className="claim-item-quote">“{quote}”</span>
        {claim.statement ? <span className="claim-item-statement small">{claim.statement}</span> : null}
        <span className="small muted">
          {KIND_LABEL[claim.kind]}
          {claim.verdict?.rating ? ` · ${claim.verdict.rating.label}` : ""}
          {claim.assignee ? ` · ${claim.assignee.name}` : ""}
        </span>
      </button>
    </li>
  );
});

/** The article's claims in text order. */
export const ClaimList = memo(function ClaimList(props: { claims: readonly ClaimDto[]; focusedId: string | null; onSelect: (id: string) => void }) {
  const { claims, focusedId, onSelect } = props;
  if (!claims.length) {
    return <p className="muted small">No claims yet. Select a span of the article and press “Mark claim” (Alt+M).</p>;
  }
  return (
    <ol className="claim-list" aria-label="Claims in text order">
      {claims.map((c) => (
        <ClaimListItem key={c.id} claim={c} isFocused={c.id === focusedId} onSelect={onSelect} />
      ))}
    </ol>
  );
});
