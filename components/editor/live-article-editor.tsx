"use client";

import { useLayoutEffect, useMemo, useRef } from "react";
import { EditorContent, useEditor, type Editor } from "@tiptap/react";
import { articleExtensions } from "@/components/editor/article-extensions";
import { buildArticleDoc, type ClaimSpan, type TextPositions } from "@/components/editor/text-positions";
import { TEXT_ATTRIBUTES } from "@/components/editor/article-text-attributes";

/**
 * The tiptap editor of the article, loaded by ArticleViewer (components/editor/article-viewer.tsx)
 * when it takes over the server-rendered text: its code is not among the page's first scripts.
 */

/** What the editor takes over from the static text: the selection, and whether it had the focus. */
export type Handover = { start: number; end: number; focus?: boolean };

export type LiveArticleEditorProps = {
  text: string;
  spans: { current: ClaimSpan[] };
  positions: () => TextPositions;
  handover: { current: Handover | null };
  onClaimClick: (ids: string[]) => void;
  onBeforeTakeOver: () => void;
  onEditor: (editor: Editor | null) => void;
};

/** The tiptap editor of the article; reports itself once its view is in the page. */
export function LiveArticleEditor({ text, spans, positions, handover, onClaimClick, onBeforeTakeOver, onEditor }: LiveArticleEditorProps) {
  const clickRef = useRef(onClaimClick);
  clickRef.current = onClaimClick;
  // eslint-disable-next-line react-hooks/exhaustive-deps -- built once from the claims as they are when the editor starts
  const content = useMemo(() => buildArticleDoc(text, spans.current), [text]);
  const editor = useEditor({
    immediatelyRender: false,
    shouldRerenderOnTransaction: false,
    extensions: articleExtensions({ onClaimClick: (ids) => clickRef.current(ids) }),
    content,
    editorProps: { attributes: TEXT_ATTRIBUTES },
  }, [content]);

  useLayoutEffect(() => {
    if (!editor) return;
    onBeforeTakeOver();
    onEditor(editor);
    const sel = handover.current;
    handover.current = null;
    if (sel) {
      const p = positions();
      const chain = editor.chain().setTextSelection({ from: p.toPos(sel.start), to: p.toPos(sel.end) });
      (sel.focus ? chain.focus(undefined, { scrollIntoView: false }) : chain).run();
    }
    return () => onEditor(null);
  }, [editor, onEditor, onBeforeTakeOver, handover, positions]);

  // hidden until it takes over, so the page never shows the text twice
  return <EditorContent editor={editor} />;
}
