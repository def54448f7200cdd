"use client";

import { useImperativeHandle, useMemo, useRef, type Ref } from "react";
import { EditorContent, useEditor, type Editor } from "@tiptap/react";
import { articleExtensions } from "@/components/editor/article-extensions";
import { isClaimId } from "@/components/editor/claim-mark";
import { buildArticleDoc, createTextPositions, type ClaimSpan } from "@/components/editor/text-positions";

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
  ref?: Ref<ArticleViewerHandle>;
};

/**
 * The article as read-only rich text with a caret (so shift+arrows select), claims shown
 * as marks. The document is built once with every claim; later claim changes are single
 * mark transactions, and the focused claim is styled by one CSS rule rather than a
 * document change, so focusing a claim costs nothing with 1,000 of them.
 */
export function ArticleViewer({ text, initialClaims, focusedClaimId, onClaimClick, ref }: Props) {
  const clickRef = useRef(onClaimClick);
  clickRef.current = onClaimClick;
  const positions = useMemo(() => createTextPositions(text), [text]);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- built once; later claims arrive via the handle
  const content = useMemo(() => buildArticleDoc(text, initialClaims), [text]);

  const editor = useEditor({
    immediatelyRender: false,
    shouldRerenderOnTransaction: false,
    extensions: articleExtensions({ onClaimClick: (ids) => clickRef.current(ids) }),
    content,
    editorProps: {
      attributes: {
        class: "article-text",
        "aria-label": "Article text (read-only; select text with the mouse or shift+arrow keys)",
        "aria-readonly": "true",
        "aria-multiline": "true",
        role: "textbox",
        spellcheck: "false",
        "data-testid": "article-text",
      },
    },
  }, [content]);

  useImperativeHandle(ref, () => ({
    getSelection() {
      if (!editor) return null;
      const { from, to, empty } = editor.state.selection;
      if (empty) return null;
      return { start: positions.toOffset(from), end: positions.toOffset(to) };
    },
    addClaim(span) {
      editor?.commands.setClaim({ claimId: span.id, status: span.status, from: positions.toPos(span.start), to: positions.toPos(span.end) });
    },
    removeClaim(id) {
      editor?.commands.unsetClaim(id);
    },
    setClaimStatus(id, status) {
      editor?.commands.setClaimStatus(id, status);
    },
    revealClaim(id) {
      if (!editor || !isClaimId(id)) return;
      const el = editor.view.dom.querySelector(`[data-claim-id="${id}"]`);
      el?.scrollIntoView({ block: "center", behavior: "smooth" });
    },
    focus() {
      editor?.commands.focus();
    },
    getEditor() {
      return editor ?? null;
    },
  }), [editor, positions]);


  const focusRule = focusedClaimId && isClaimId(focusedClaimId)
    ? `.article-text .claim-mark[data-claim-id="${focusedClaimId}"]{outline:2px solid var(--accent);outline-offset:1px;box-shadow:0 0 0 4px rgba(11,87,208,.18)}`
    : "";
  return (
    <div className="article-viewer">
      {focusRule ? <style>{focusRule}</style> : null}
      {editor ? <EditorContent editor={editor} /> : <div className="article-text article-loading" aria-busy="true">{text}</div>}
    </div>
  );
}
