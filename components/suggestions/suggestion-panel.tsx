"use client";

import { useEffect, useMemo, useState } from "react";
import type { Editor } from "@tiptap/core";
import type { ClaimDto } from "@/lib/claim/claim.types";
import { createTextPositions } from "@/components/editor/text-positions";
import { setEditorSuggestions } from "@/components/editor/suggestion-mark";
import { SUGGESTION_KIND_LABELS } from "@/components/suggestions/suggestion-labels";
import { useShowSuggestions } from "@/components/suggestions/use-show-suggestions";
import { useSuggestionKeys } from "@/components/suggestions/use-suggestion-keys";
import { useSuggestions } from "@/components/suggestions/use-suggestions";
import { SUGGESTIONS_LOADING_HINT } from "@/components/suggestions/suggestion-hints";

type Props = {
  articleId: string;
  /** the current revision's canonical text (suggestion offsets are code points of it) */
  text: string;
  /** the article view's tiptap editor, once it exists */
  getEditor: () => Editor | null;
  /** a suggestion became a draft claim: show and focus it */
  onAccepted: (claim: ClaimDto) => void;
};

/**
 * The "Show suggestions" toggle and the focused suggestion's card (kind, reason, Accept,
 * Dismiss with Undo). Draws the suggestions into the article editor as dotted-underline
 * decorations and owns the N / P / A / D shortcuts while suggestions are shown.
 */
export function SuggestionPanel({ articleId, text, getEditor, onAccepted }: Props) {
  const [isShown, setShown] = useShowSuggestions();
  const s = useSuggestions(articleId, isShown, onAccepted);
  const positions = useMemo(() => createTextPositions(text), [text]);
  const [editor, setEditor] = useState<Editor | null>(null);

  // the viewer creates its editor after mount (and anew if the text changes): poll cheaply for it
  useEffect(() => {
    const timer = window.setInterval(() => {
      const current = getEditor();
      if (current && !current.isDestroyed) setEditor((old) => (old === current ? old : current));
    }, 200);
    return () => window.clearInterval(timer);
  }, [getEditor]);

  const { focus } = s;
  useEffect(() => {
    if (!editor) return;
    const ranges = isShown ? s.suggestions.map((x) => ({ key: x.key, from: positions.toPos(x.start), to: positions.toPos(x.end) })) : [];
    setEditorSuggestions(editor, ranges, s.focused?.key ?? null, focus);
  }, [editor, isShown, s.suggestions, s.focused, positions, focus]);

  useEffect(() => {
    if (!editor || !s.focused) return;
    const el = editor.view.dom.querySelector(`[data-suggestion-key="${CSS.escape(s.focused.key)}"]`);
    el?.scrollIntoView({ block: "center", behavior: "smooth" });
  }, [editor, s.focused]);

  useSuggestionKeys(isShown && s.isLoaded, {
    onNext: () => s.step(1),
    onPrevious: () => s.step(-1),
    onAccept: () => void s.accept(),
    onDismiss: () => void s.dismiss(),
  });

  const f = s.focused;
  return (
    <section className="suggestion-panel" aria-label="Suggestions" data-testid="suggestion-panel">
      <label className="row small">
        <input type="checkbox" checked={isShown} onChange={(e) => setShown(e.target.checked)} /> Show suggestions
        {isShown && s.isLoaded ? <span className="muted" data-testid="suggestion-count">({s.suggestions.length})</span> : null}
      </label>
      {isShown && f ? (
        <div className="suggestion-card" role="group" aria-label="Focused suggestion" data-testid="suggestion-card" data-suggestion-key={f.key}>
          <p className="small"><strong data-testid="suggestion-kind">{SUGGESTION_KIND_LABELS[f.kind]}</strong> · <span className="muted">{f.reason} (score {f.score})</span></p>
          <blockquote className="small">“{f.exact}”</blockquote>
          <div className="row">
            <button type="button" className="btn btn-primary" onClick={() => void s.accept()} aria-keyshortcuts="A">Accept <kbd>A</kbd></button>
            <button type="button" className="btn" onClick={() => void s.dismiss()} aria-keyshortcuts="D">Dismiss <kbd>D</kbd></button>
            <button type="button" className="btn" onClick={() => s.step(-1)} aria-keyshortcuts="P">Previous <kbd>P</kbd></button>
            <button type="button" className="btn" onClick={() => s.step(1)} aria-keyshortcuts="N">Next <kbd>N</kbd></button>
          </div>
        </div>
      ) : isShown ? (
        // always one line, whatever the state, so the article below never moves when they arrive
        <p className="muted small suggestion-hint">
          {!s.isLoaded ? SUGGESTIONS_LOADING_HINT : s.suggestions.length ? <>Press <kbd>N</kbd> to go to the next suggestion (dotted underline), or click one.</> : "No suggestions in this text."}
        </p>
      ) : null}
      <div role="status" aria-live="polite" className="small">
        {s.undoable ? (
          <p>Dismissed “{s.undoable.exact.slice(0, 60)}”. <button type="button" className="btn btn-link" onClick={() => void s.undo()}>Undo</button></p>
        ) : null}
        {s.error ? <p className="error">{s.error}</p> : null}
      </div>
    </section>
  );
}

/** Lines for the page's keyboard help (render inside its list). */
export function SuggestionHelpItems() {
  return (
    <>
      <li><kbd>N</kbd> / <kbd>P</kbd> (outside form fields) or <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>↓</kbd> / <kbd>↑</kbd>: next / previous suggestion (dotted underline).</li>
      <li><kbd>A</kbd>: accept the focused suggestion as a draft claim; <kbd>D</kbd>: dismiss it (Undo appears below the toggle).</li>
    </>
  );
}
