"use client";

import { useCallback, useEffect, useImperativeHandle, useMemo, useRef, useState, useSyncExternalStore, type ComponentType, type MouseEvent, type Ref } from "react";
import type { Editor } from "@tiptap/core";
import { claimIdsFromElement, isClaimId } from "@/components/editor/claim-mark-attributes";
import { createTextPositions, renderArticleHtmlMemo, type ClaimSpan, type TextPositions } from "@/components/editor/text-positions";
import type { Handover, LiveArticleEditorProps } from "@/components/editor/live-article-editor";
import { TEXT_ATTRIBUTES } from "@/components/editor/article-text-attributes";
import { domSelectionOffsets } from "@/components/editor/dom-selection";
import { isEarlyClaimClick } from "@/components/article/early-claim-click";
import { whenIdle } from "@/components/browser/when-idle";

/** What the workspace can ask of the article view. Offsets are code points of the text. */
export type ArticleViewerHandle = {
  /** The current selection as code-point offsets, or null when nothing is selected. */
  getSelection(): { start: number; end: number } | null;
  addClaim(span: ClaimSpan): void;
  removeClaim(id: string): void;
  setClaimStatus(id: string, status: string): void;
  /** Scrolls the claim's first highlight into view. */
  revealClaim(id: string): void;
  focus(): void;
  /** The tiptap editor once created (suggestion decorations attach to it). */
  getEditor(): Editor | null;
};

type Props = {
  text: string;
  /** claims present when the page loaded; later changes go through the handle */
  initialClaims: readonly ClaimSpan[];
  focusedClaimId: string | null;
  onClaimClick: (claimIds: string[]) => void;
  /** while true the editor waits (e.g. a focused claim's research form is still loading) */
  holdEditor?: boolean;
  /** the editor took over (or went away) */
  onEditorChange?: (editor: Editor | null) => void;
  ref?: Ref<ArticleViewerHandle>;
};


/** The editor is built no sooner than this after hydration… */
const EDITOR_DELAY_MS = 1000;
/** …nor within this long of a click on a claim (its research form loads first). */
const EDITOR_QUIET_MS = 1000;

/** …and held for a loading claim at most this long. */
const EDITOR_HOLD_MAX_MS = 3000;

/** Stands for the server-rendered HTML a hydrated viewer keeps (never written to the page). */
const SERVER_HTML_KEPT = "<!-- server-rendered article -->";
const subscribeNever = () => () => {};
const isHydratingOnClient = () => false;
const isHydratingOnServer = () => true;

/**
 * The article as read-only rich text with a caret (so shift+arrows select), claims shown
 * as marks.
 *
 * The server renders the highlighted text as plain HTML (the same elements and attributes
 * the editor renders), so every highlight paints with the page's first paint; a click on one
 * works as soon as React has hydrated (and one made before is replayed by the workspace).
 * The tiptap editor is built once the browser is idle and then replaces that HTML; claims
 * added, removed or restyled meanwhile, and a selection made in it, carry over. In the
 * editor, later claim changes are single mark transactions, and the focused claim is
 * styled by one CSS rule rather than a document change, so focusing a claim costs nothing
 * with 1,000 of them.
 */
export function ArticleViewer({ text, initialClaims, focusedClaimId, onClaimClick, holdEditor = false, onEditorChange, ref }: Props) {
  const clickRef = useRef(onClaimClick);
  clickRef.current = onClaimClick;
  // the claims as they are now, for the static view and for building the editor's document
  const spans = useRef<ClaimSpan[]>([...initialClaims]);
  const [spansVersion, setSpansVersion] = useState(0);
  // Hydrating, the server's highlighted HTML is already in the page, and React does not read
  // `__html` while hydrating (only compares it on later updates): rendering it again would
  // cost ~40 ms of the first click's time. So it is rendered in the browser only once the
  // claims or the text change, or when the viewer mounts without server HTML (navigation).
  const hydrating = useSyncExternalStore(subscribeNever, isHydratingOnClient, isHydratingOnServer);
  const [hydratedText] = useState(() => (typeof window !== "undefined" && hydrating ? text : null));
  // once the editor has replaced the static text, a static text shown again is a new element
  const [staticReplaced, setStaticReplaced] = useState(false);
  const keepServerHtml = hydratedText === text && spansVersion === 0 && !staticReplaced;
  // eslint-disable-next-line react-hooks/exhaustive-deps -- rebuilt when the claims change before the editor exists
  const html = useMemo(() => (keepServerHtml ? SERVER_HTML_KEPT : renderArticleHtmlMemo(text, spans.current)), [text, spansVersion, keepServerHtml]);
  const positionsRef = useRef<{ text: string; positions: TextPositions } | null>(null);
  const positions = useCallback((): TextPositions => {
    if (positionsRef.current?.text !== text) positionsRef.current = { text, positions: createTextPositions(text) };
    return positionsRef.current.positions;
  }, [text]);

  const [isLive, setLive] = useState(false);
  // the editor's code (tiptap, ProseMirror) is not part of the page's first scripts
  const [LiveEditor, setLiveEditor] = useState<ComponentType<LiveArticleEditorProps> | null>(null);
  useEffect(() => {
    if (!isLive || LiveEditor) return;
    let live = true;
    import("@/components/editor/live-article-editor").then(
      (m) => live && setLiveEditor(() => m.LiveArticleEditor),
      () => live && setLive(false), // not loaded: stay static, try again at the next trigger
    );
    return () => {
      live = false;
    };
  }, [isLive, LiveEditor]);
  const [editor, setEditor] = useState<Editor | null>(null);
  const editorRef = useRef<Editor | null>(null);
  editorRef.current = editor && !editor.isDestroyed ? editor : null;
  const staticRef = useRef<HTMLDivElement>(null);
  const boxRef = useRef<HTMLDivElement>(null);
  // a selection made in the static text, handed to the editor when it takes over
  const handover = useRef<Handover | null>(null);

  // the editor takes over when the browser has had a quiet moment (not right after a claim
  // was clicked, so loading its research form goes first), or at once when the user starts
  // keyboard or mouse selection in the static text
  const lastClick = useRef(0);
  useEffect(() => {
    if (isLive) return;
    if (holdEditor) {
      // held for a claim that is loading: not for ever (it may fail to load)
      const t = window.setTimeout(() => setLive(true), EDITOR_HOLD_MAX_MS);
      return () => window.clearTimeout(t);
    }
    let cancel = () => {};
    const attempt = () => {
      const wait = lastClick.current + EDITOR_QUIET_MS - performance.now();
      if (wait > 0) {
        const t = window.setTimeout(attempt, wait);
        cancel = () => window.clearTimeout(t);
      } else {
        cancel = whenIdle(() => setLive(true), 500);
      }
    };
    const t = window.setTimeout(attempt, EDITOR_DELAY_MS);
    cancel = () => window.clearTimeout(t);
    return () => cancel();
  }, [isLive, holdEditor]);
  useEffect(() => {
    const root = staticRef.current;
    if (!root || isLive) return;
    const start = () => setLive(true);
    const onSelection = () => {
      const sel = root.ownerDocument.getSelection();
      if (sel && !sel.isCollapsed && sel.anchorNode && root.contains(sel.anchorNode)) start();
    };
    // the static text is contenteditable only for its caret: nothing may change it
    const refuse = (e: Event) => e.preventDefault();
    root.addEventListener("keydown", start);
    root.addEventListener("beforeinput", refuse);
    root.addEventListener("paste", refuse);
    root.addEventListener("drop", refuse);
    root.addEventListener("cut", refuse);
    root.ownerDocument.addEventListener("selectionchange", onSelection);
    return () => {
      root.removeEventListener("keydown", start);
      root.removeEventListener("beforeinput", refuse);
      root.removeEventListener("paste", refuse);
      root.removeEventListener("drop", refuse);
      root.removeEventListener("cut", refuse);
      root.ownerDocument.removeEventListener("selectionchange", onSelection);
    };
  }, [isLive]);
  const changeRef = useRef(onEditorChange);
  changeRef.current = onEditorChange;
  const takeOver = useCallback((created: Editor | null) => {
    if (created) setStaticReplaced(true);
    setEditor(created);
    changeRef.current?.(created);
  }, []);

  /** The selection in the static text (a caret too when `withCaret`), as code-point offsets. */
  const staticSelection = useCallback((withCaret = false) => {
    const root = staticRef.current;
    const sel = root ? domSelectionOffsets(root) : null;
    if (!sel || (sel.start === sel.end && !withCaret)) return null;
    // DOM offsets count UTF-16 units of the text; the API counts code points
    const p = positions();
    return { start: p.toOffset(sel.start + 1), end: p.toOffset(sel.end + 1) };
  }, [positions]);

  const changeSpans = useCallback((fn: (list: ClaimSpan[]) => ClaimSpan[]) => {
    spans.current = fn(spans.current);
    setSpansVersion((v) => v + 1);
  }, []);

  useImperativeHandle(ref, () => ({
    getSelection() {
      const ed = editorRef.current;
      if (!ed) return staticSelection();
      const { from, to, empty } = ed.state.selection;
      if (empty) return null;
      return { start: positions().toOffset(from), end: positions().toOffset(to) };
    },
    addClaim(span) {
      changeSpans((list) => [...list.filter((c) => c.id !== span.id), span]);
      const p = positions();
      editorRef.current?.commands.setClaim({ claimId: span.id, status: span.status, from: p.toPos(span.start), to: p.toPos(span.end) });
    },
    removeClaim(id) {
      changeSpans((list) => list.filter((c) => c.id !== id));
      editorRef.current?.commands.unsetClaim(id);
    },
    setClaimStatus(id, status) {
      changeSpans((list) => list.map((c) => (c.id === id ? { ...c, status } : c)));
      editorRef.current?.commands.setClaimStatus(id, status);
    },
    revealClaim(id) {
      if (!isClaimId(id)) return;
      const el = boxRef.current?.querySelector(`.article-text [data-claim-id="${id}"]`);
      el?.scrollIntoView({ block: "center", behavior: "smooth" });
    },
    focus() {
      editorRef.current?.commands.focus();
    },
    getEditor() {
      return editorRef.current;
    },
  }), [positions, staticSelection, changeSpans]);

  // clicks on the static text (the editor's own clicks go through its plugin)
  const onStaticClick = useCallback((e: MouseEvent<HTMLDivElement>) => {
    if (editorRef.current || !staticRef.current || isEarlyClaimClick(e.nativeEvent)) return;
    const ids = claimIdsFromElement(e.target, staticRef.current);
    if (!ids.length) return;
    lastClick.current = performance.now();
    clickRef.current(ids);
  }, []);

  const onBeforeTakeOver = useCallback(() => {
    const root = staticRef.current;
    const hadFocus = !!root && root.contains(root.ownerDocument.activeElement);
    // a caret counts only while the static text has the focus
    handover.current = staticSelection(hadFocus);
    if (handover.current && hadFocus) handover.current = { ...handover.current, focus: true };
  }, [staticSelection]);

  const focusRule = focusedClaimId && isClaimId(focusedClaimId)
    ? `.article-text .claim-mark[data-claim-id="${focusedClaimId}"]{outline:2px solid var(--accent);outline-offset:1px;box-shadow:0 0 0 4px rgba(11,87,208,.18)}`
    : "";
  return (
    <div className="article-viewer" ref={boxRef}>
      {focusRule ? <style>{focusRule}</style> : null}
      {isLive && LiveEditor ? (
        <LiveEditor
          text={text}
          spans={spans}
          positions={positions}
          handover={handover}
          onClaimClick={(ids) => clickRef.current(ids)}
          onBeforeTakeOver={onBeforeTakeOver}
          onEditor={takeOver}
        />
      ) : null}
      {editor ? null : (
        // eslint-disable-next-line jsx-a11y/click-events-have-key-events -- keyboard users move between claims with J / K
        <div
          ref={staticRef}
          className="article-text article-static"
          contentEditable
          suppressContentEditableWarning
          aria-label={TEXT_ATTRIBUTES["aria-label"]}
          aria-readonly="true"
          aria-multiline="true"
          role="textbox"
          spellCheck={false}
          data-testid="article-text"
          onClick={onStaticClick}
          // when hydrating, `html` stands for the server's HTML (see `keepServerHtml`)
          suppressHydrationWarning
          dangerouslySetInnerHTML={{ __html: html }}
        />
      )}
    </div>
  );
}

