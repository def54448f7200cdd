"use client";

import { memo, startTransition, useEffect, useRef, useState } from "react";
import type { ClaimSummaryDto } from "@/lib/claim/claim-summary";
import { KIND_LABEL, STATUS_GLYPH, STATUS_LABEL } from "@/components/claim/claim-labels";

type ItemProps = { claim: ClaimSummaryDto; isFocused: boolean; onSelect: (id: string) => void };

/** One claim in the side panel; memoised so focusing a claim re-renders two items, not 1,000. */
const ClaimListItem = memo(function ClaimListItem({ claim, isFocused, onSelect }: ItemProps) {
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (isFocused) ref.current?.scrollIntoView({ block: "nearest" });
  }, [isFocused]);
  const quote = claim.selector.truncated ? `${claim.selector.exact}…` : claim.selector.exact;
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
          {claim.rating ? ` · ${claim.rating.label}` : ""}
          {claim.assignee ? ` · ${claim.assignee.name}` : ""}
        </span>
      </button>
    </li>
  );
});

/** Items in the server HTML and the first render; the list box shows about ten. */
const FIRST_ITEMS = 50;

/**
 * The article's claims in text order. With 1,000 claims the page's HTML and hydration carry
 * the first {@link FIRST_ITEMS} only; the rest render right after, at low priority, and
 * off-screen items skip layout (`content-visibility` in workspace.css).
 */
export const ClaimList = memo(function ClaimList(props: { claims: readonly ClaimSummaryDto[]; focusedId: string | null; onSelect: (id: string) => void }) {
  const { claims, focusedId, onSelect } = props;
  const [isComplete, setIsComplete] = useState(false);
  useEffect(() => startTransition(() => setIsComplete(true)), []);
  const shown = isComplete || claims.length <= FIRST_ITEMS ? claims : claims.slice(0, FIRST_ITEMS);
  if (!claims.length) {
    return <p className="muted small">No claims yet. Select a span of the article and press “Mark claim” (Alt+M).</p>;
  }
  return (
    <ol className="claim-list" aria-label="Claims in text order">
      {shown.map((c) => (
        <ClaimListItem key={c.id} claim={c} isFocused={c.id === focusedId} onSelect={onSelect} />
      ))}
    </ol>
  );
});
