"use client";

import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ComponentType } from "react";
import type { SuggestionPanel as SuggestionPanelComponent } from "@/components/suggestions/suggestion-panel";
import { SUGGESTIONS_LOADING_HINT } from "@/components/suggestions/suggestion-hints";
import type { WorkspaceArticleDto } from "@/lib/article/get-workspace-article";
import type { ClaimDto } from "@/lib/claim/claim.types";
import { summarizeClaim, type ClaimSummaryDto } from "@/lib/claim/claim-summary";
import { decodeClaimSummaries } from "@/lib/claim/claim-summary-columns";
import type { RatingScaleEntryDto } from "@/lib/rating-scale/rating-scale.types";
import { ArticleViewer, type ArticleViewerHandle } from "@/components/editor/article-viewer";
import { trimSpan } from "@/components/editor/text-positions";
import { ClaimList } from "@/components/claim/claim-list";
import { ClaimLegend } from "@/components/claim/claim-legend";
import type { WorkspaceUser } from "@/components/claim/research-form";
import { FocusedClaim } from "@/components/claim/focused-claim";
import { loadResearchForm } from "@/components/claim/load-research-form";
import { apiFetch, ApiError } from "@/components/claim/api-client";
import { ArticleHeader } from "@/components/article/article-header";
import { WorkspaceHelp } from "@/components/article/workspace-help";
import { useClaimNavigationKeys } from "@/components/article/use-claim-navigation-keys";
import { takeEarlyClaimClick } from "@/components/article/early-claim-click";
import "@/components/article/workspace.css";

// in the browser, request the research form's chunk as soon as the workspace's own code runs
// (before hydration): the page's first paint does not wait for it, a first click need not either
if (typeof window !== "undefined") void loadResearchForm().catch(() => {});

// ids compare by code unit: `localeCompare` would load ICU's collator (~25 ms) during hydration
function byTextOrder(a: ClaimSummaryDto, b: ClaimSummaryDto) {
  return a.selector.start - b.selector.start || a.selector.end - b.selector.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The fact-checker's workspace: the article with its claims, the claim list, and the
 * research form of the focused claim. Claim summaries live here (the form loads the full
 * claim and keeps its own draft, so typing never re-renders the article or the list).
 */
export function ArticleWorkspace(props: { article: WorkspaceArticleDto; ratingScale: RatingScaleEntryDto[]; user: WorkspaceUser }) {
  const { article, ratingScale, user } = props;
  const viewer = useRef<ArticleViewerHandle>(null);
  const initialClaims = useMemo(() => decodeClaimSummaries(article.claimsJson, article.revision.text), [article.claimsJson, article.revision.text]);
  const [claims, setClaims] = useState<ClaimSummaryDto[]>(() => [...initialClaims].sort(byTextOrder));
  // full claims this page created or saved, so focusing them again needs no request
  const known = useRef(new Map<string, ClaimDto>());
  // a full claim requested before hydration (a highlight clicked before the scripts ran)
  const early = useRef<{ id: string; claim: Promise<ClaimDto> } | null>(null);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const [message, setMessage] = useState<{ kind: "error" | "success"; text: string } | null>(null);
  const [isMarking, setIsMarking] = useState(false);
  // the research form last shown, and whether the article's editor has taken over
  const [shownId, setShownId] = useState<string | null>(null);
  const [isEditorReady, setEditorReady] = useState(false);
  const onEditorChange = useCallback((editor: unknown) => setEditorReady(!!editor), []);
  // the suggestions panel (and the ProseMirror code it draws with) loads with the editor
  const [SuggestionPanel, setSuggestionPanel] = useState<ComponentType<Parameters<typeof SuggestionPanelComponent>[0]> | null>(null);
  useEffect(() => {
    if (!isEditorReady || SuggestionPanel || !user.canCreate) return;
    let live = true;
    import("@/components/suggestions/suggestion-panel").then((m) => live && setSuggestionPanel(() => m.SuggestionPanel), () => {});
    return () => {
      live = false;
    };
  }, [isEditorReady, SuggestionPanel, user.canCreate]);
  const initialSpans = useMemo(
    () => initialClaims.filter((c) => c.anchor.outcome !== "ORPHANED").map((c) => ({ id: c.id, start: c.selector.start, end: c.selector.end, status: c.status })),
    [initialClaims],
  );
  const claimsRef = useRef(claims);
  claimsRef.current = claims;
  const focusedRef = useRef(focusedId);
  focusedRef.current = focusedId;

  // warm the lazily loaded research form (already requested when this module loaded)
  useEffect(() => void loadResearchForm(), []);

  const focusClaim = useCallback((id: string, opts: { reveal?: boolean } = {}) => {
    setFocusedId(id);
    if (opts.reveal !== false) viewer.current?.revealClaim(id);
  }, []);

  const onClaimClick = useCallback((ids: string[]) => {
    // clicking again on nested claims cycles from the innermost outwards
    const current = focusedRef.current;
    const at = current ? ids.indexOf(current) : -1;
    const next = ids[(at + 1) % ids.length] ?? ids[0];
    if (next) focusClaim(next, { reveal: false });
  }, [focusClaim]);

  // a highlight clicked before hydration: focus it now, with the claim already requested
  useLayoutEffect(() => {
    const click = takeEarlyClaimClick();
    if (!click) return;
    const ids = click.ids.filter((id) => claimsRef.current.some((c) => c.id === id));
    if (!ids.length) return;
    const first = ids[0];
    if (click.claim && first && first === click.ids[0]) early.current = { id: first, claim: click.claim };
    onClaimClick(ids);
  }, [onClaimClick]);

  // the early request serves that claim's first showing only
  useEffect(() => {
    if (early.current && early.current.id !== focusedId) early.current = null;
  }, [focusedId]);

  const step = useCallback((delta: 1 | -1) => {
    const list = claimsRef.current;
    if (!list.length) return;
    const at = list.findIndex((c) => c.id === focusedRef.current);
    const next = at < 0 ? (delta === 1 ? 0 : list.length - 1) : Math.min(list.length - 1, Math.max(0, at + delta));
    const claim = list[next];
    if (claim) focusClaim(claim.id);
  }, [focusClaim]);

  const markClaim = useCallback(async () => {
    if (!user.canCreate) return;
    const sel = viewer.current?.getSelection();
    const span = sel ? trimSpan(article.revision.text, sel.start, sel.end) : null;
    if (!span) {
      setMessage({ kind: "error", text: "Select some words of the article first: an empty or whitespace-only selection cannot be a claim." });
      return;
    }
    setIsMarking(true);
    try {
      const claim = await apiFetch<ClaimDto>(`/api/v1/articles/${article.id}/claims`, { method: "POST", body: { selector: { start: span.start, end: span.end } } });
      viewer.current?.addClaim({ id: claim.id, start: claim.selector.start, end: claim.selector.end, status: claim.status });
      known.current.set(claim.id, claim);
      setClaims((list) => [...list, summarizeClaim(claim)].sort(byTextOrder));
      setFocusedId(claim.id);
      setMessage({ kind: "success", text: `Claim marked: “${claim.selector.exact.slice(0, 80)}”` });
    } catch (e) {
      setMessage({ kind: "error", text: e instanceof ApiError ? `Could not mark the claim: ${e.message}` : "Could not mark the claim: the server did not answer." });
    } finally {
      setIsMarking(false);
    }
  }, [article.id, article.revision.text, user.canCreate]);

  const getEditor = useCallback(() => viewer.current?.getEditor() ?? null, []);
  const onSuggestionAccepted = useCallback((claim: ClaimDto) => {
    viewer.current?.addClaim({ id: claim.id, start: claim.selector.start, end: claim.selector.end, status: claim.status });
    known.current.set(claim.id, claim);
    setClaims((list) => [...list, summarizeClaim(claim)].sort(byTextOrder));
    focusClaim(claim.id);
    setMessage({ kind: "success", text: `Suggestion accepted as a draft claim: “${claim.selector.exact.slice(0, 80)}”` });
  }, [focusClaim]);

  useClaimNavigationKeys({ onMark: () => void markClaim(), onNext: () => step(1), onPrevious: () => step(-1) });

  const onClaimSaved = useCallback((dto: ClaimDto) => {
    known.current.set(dto.id, dto);
    const summary = summarizeClaim(dto);
    setClaims((list) => {
      const old = list.find((c) => c.id === dto.id);
      if (old && old.status !== dto.status) viewer.current?.setClaimStatus(dto.id, dto.status);
      return list.map((c) => (c.id === dto.id ? summary : c));
    });
  }, []);

  const onClaimDeleted = useCallback((id: string) => {
    viewer.current?.removeClaim(id);
    known.current.delete(id);
    setClaims((list) => list.filter((c) => c.id !== id));
    setFocusedId(null);
    setMessage({ kind: "success", text: "Claim deleted." });
  }, []);

  const focused = claims.find((c) => c.id === focusedId) ?? null;
  const knownFocused = focused ? known.current.get(focused.id) : undefined;
  return (
    <div className="workspace">
      <section className="workspace-article" aria-label="Article">
        <ArticleHeader article={{ ...article, claims: initialClaims }} />
        <div className="workspace-toolbar row">
          {user.canCreate ? (
            <button type="button" className="btn btn-primary" onClick={() => void markClaim()} disabled={isMarking} aria-keyshortcuts="Alt+M">
              Mark claim <kbd>Alt+M</kbd>
            </button>
          ) : null}
          <WorkspaceHelp />
        </div>
        {/* suggestions are drawn into the editor: loaded once it has taken over, so they never
            hold up the first click on a claim; the placeholder keeps the text where it is */}
        {user.canCreate ? (
          isEditorReady && SuggestionPanel ? (
            <SuggestionPanel articleId={article.id} text={article.revision.text} getEditor={getEditor} onAccepted={onSuggestionAccepted} />
          ) : (
            <section className="suggestion-panel" aria-label="Suggestions">
              <label className="row small">
                <input type="checkbox" checked disabled readOnly /> Show suggestions
              </label>
              <p className="muted small suggestion-hint">{SUGGESTIONS_LOADING_HINT}</p>
            </section>
          )
        ) : null}
        <div role="status" aria-live="polite" className="workspace-message">
          {message ? <p className={message.kind}>{message.text}</p> : null}
        </div>
        <ArticleViewer
          ref={viewer}
          text={article.revision.text}
          initialClaims={initialSpans}
          focusedClaimId={focusedId}
          onClaimClick={onClaimClick}
          holdEditor={focusedId !== null && shownId !== focusedId}
          onEditorChange={onEditorChange}
        />
        <ClaimLegend />
      </section>
      <aside className="workspace-panel" aria-label="Claims">
        <h2 id="claims-heading">Claims <span className="muted small">({claims.length})</span></h2>
        <div className="claim-list-box">
          <ClaimList claims={claims} focusedId={focusedId} onSelect={focusClaim} />
        </div>
        {focused ? (
          <FocusedClaim
            key={focused.id}
            claimId={focused.id}
            known={knownFocused && knownFocused.version === focused.version ? knownFocused : null}
            requested={early.current?.id === focused.id ? early.current.claim : null}
            ratingScale={ratingScale}
            user={user}
            onSaved={onClaimSaved}
            onDeleted={onClaimDeleted}
            onShown={setShownId}
          />
        ) : (
          <p className="muted small">Select a claim (click a highlight, or press J / K) to research it.</p>
        )}
      </aside>
    </div>
  );
}
