"use client";

import { useState } from "react";
import { EditorContent, useEditor, useEditorState } from "@tiptap/react";
import type { ExplanationDoc } from "@/lib/claim/explanation.types";
import { explanationExtensions, isHttpUrl } from "@/components/editor/explanation-extensions";

type Props = {
  id: string;
  labelledBy: string;
  value: ExplanationDoc | null;
  disabled?: boolean;
  onChange: (doc: ExplanationDoc | null) => void;
};

function isEmptyDoc(doc: { content?: { content?: unknown[] }[] }): boolean {
  return !doc.content?.some((p) => p.content?.length);
}

/**
 * The verdict's explanation as rich text (bold, italic, http(s) links). `value` is read on
 * mount only: the parent remounts it (key) when the text is replaced from outside, so the
 * caret never jumps while the user types.
 */
export function ExplanationEditor({ id, labelledBy, value, disabled, onChange }: Props) {
  const [linkError, setLinkError] = useState<string | null>(null);
  const editor = useEditor({
    immediatelyRender: false,
    editable: !disabled,
    extensions: explanationExtensions(),
    content: value ?? { type: "doc", content: [{ type: "paragraph" }] },
    editorProps: {
      attributes: { id, class: "explanation-text", role: "textbox", "aria-multiline": "true", "aria-labelledby": labelledBy },
    },
    onUpdate: ({ editor: e }) => {
      const json = e.getJSON();
      onChange(isEmptyDoc(json as never) ? null : (json as ExplanationDoc));
    },
  });
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => ({ bold: e?.isActive("bold") ?? false, italic: e?.isActive("italic") ?? false, link: e?.isActive("link") ?? false }),
  });

  function toggleLink() {
    if (!editor) return;
    if (editor.isActive("link")) {
      editor.chain().focus().unsetLink().run();
      return;
    }
    const url = window.prompt("Link address (http:// or https://)")?.trim();
    if (!url) return;
    if (!isHttpUrl(url)) {
      setLinkError("Only http:// and https:// links are allowed.");
      return;
    }
    setLinkError(null);
    editor.chain().focus().extendMarkRange("link").setLink({ href: url }).run();
  }

  return (
    <div className="explanation-editor">
      <div className="row explanation-toolbar" role="toolbar" aria-label="Explanation formatting">
        <button type="button" className="btn btn-quiet" aria-pressed={active?.bold ?? false} disabled={disabled} onClick={() => editor?.chain().focus().toggleBold().run()}><b>B</b><span className="visually-hidden"> Bold</span></button>
        <button type="button" className="btn btn-quiet" aria-pressed={active?.italic ?? false} disabled={disabled} onClick={() => editor?.chain().focus().toggleItalic().run()}><i>I</i><span className="visually-hidden"> Italic</span></button>
        <button type="button" className="btn btn-quiet" aria-pressed={active?.link ?? false} disabled={disabled} onClick={toggleLink}>{active?.link ? "Remove link" : "Link"}</button>
      </div>
      <EditorContent editor={editor} />
      {linkError ? <p className="field-error" role="alert">{linkError}</p> : null}
    </div>
  );
}
