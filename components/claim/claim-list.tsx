"use client";

import { memo, startTransition, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { ClaimSummaryDto } from "@/lib/claim/claim-summary";
import { KIND_LABEL, STATUS_GLYPH, STATUS_LABEL } from "@/components/claim/claim-labels";
import { whenIdle } from "@/components/browser/when-idle";

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

/** Items in the server HTML and the first render (hydrated with the page); the list box shows about five. */
const FIRST_ITEMS = 20;
/** Items added per idle moment after hydration until the list is complete. */
const CHUNK = 100;
/**
 * The rest of the list waits this long after hydration (or until the pointer or the focus
 * enters the list): the first click on a highlight, usually made in that time, then does
 * not wait behind ten renders of 100 items.
 */
const REST_DELAY_MS = 1500;
/** Items rendered on each side of a focused claim the list has not reached yet. */
const AROUND_FOCUS = 10;

/** The index ranges [from, to) the list renders: its first `count` items, and the focused one's neighbourhood. */
export function renderedRanges(total: number, count: number, focusedIndex: number): [number, number][] {
  const head: [number, number] = [0, Math.min(total, count)];
  if (focusedIndex < head[1] || focusedIndex >= total) return [head];
  const from = Math.max(head[1], focusedIndex - AROUND_FOCUS);
  const to = Math.min(total, focusedIndex + AROUND_FOCUS + 1);
  return from === head[1] ? [[0, to]] : [head, [from, to]];
}

/**
 * The article's claims in text order. With 1,000 claims the page's HTML and hydration carry
 * the first {@link FIRST_ITEMS} only; after {@link REST_DELAY_MS} (or as soon as the pointer
 * or the focus enters the list) the rest are added {@link CHUNK} at a time whenever the
 * browser is idle, so no long task holds up a click meanwhile. A focused claim the list has
 * not reached yet is rendered at once with its neighbours, the items in between standing in
 * as one gap of their estimated height; off-screen items skip layout (`content-visibility`
 * in workspace.css).
 */
export const ClaimList = memo(function ClaimList(props: { claims: readonly ClaimSummaryDto[]; focusedId: string | null; onSelect: (id: string) => void }) {
  const { claims, focusedId, onSelect } = props;
  const [count, setCount] = useState(FIRST_ITEMS);
  const isComplete = count >= claims.length;
  const [isGrowing, setGrowing] = useState(false);
  useEffect(() => {
    if (isGrowing || isComplete) return;
    const t = window.setTimeout(() => setGrowing(true), REST_DELAY_MS);
    return () => window.clearTimeout(t);
  }, [isGrowing, isComplete]);
  useEffect(() => {
    if (!isGrowing || isComplete) return;
    return whenIdle(() => startTransition(() => setCount((n) => n + CHUNK)), 1000);
  }, [count, isGrowing, isComplete]);
  const grow = isGrowing || isComplete ? undefined : () => setGrowing(true);
  const focusedIndex = useMemo(() => (focusedId && !isComplete ? claims.findIndex((c) => c.id === focusedId) : -1), [claims, focusedId, isComplete]);
  if (!claims.length) {
    return <p className="muted small">No claims yet. Select a span of the article and press “Mark claim” (Alt+M).</p>;
  }
  const ranges = isComplete ? [[0, claims.length] as [number, number]] : renderedRanges(claims.length, count, focusedIndex);
  const items: ReactNode[] = [];
  let at = 0;
  for (const [from, to] of ranges) {
    if (from > at) items.push(<li key={`gap-${at}`} className="claim-list-gap" aria-hidden="true" style={{ height: `${(from - at) * 4.5}rem` }} />);
    for (let i = from; i < to; i++) {
      const c = claims[i]!;
      items.push(<ClaimListItem key={c.id} claim={c} isFocused={c.id === focusedId} onSelect={onSelect} />);
    }
    at = to;
  }
  if (at < claims.length) items.push(<li key={`gap-${at}`} className="claim-list-gap" aria-hidden="true" style={{ height: `${(claims.length - at) * 4.5}rem` }} />);
  return (
    <ol className="claim-list" aria-label="Claims in text order" onPointerEnter={grow} onFocus={grow}>
      {items}
    </ol>
  );
});
