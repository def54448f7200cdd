"use client";

import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
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
  const [linkFormOpen, setLinkFormOpen] = useState(false);
  const [linkUrl, setLinkUrl] = useState("");
  const linkButton = useRef<HTMLButtonElement>(null);
  const linkFieldId = useId();
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

  function closeLinkForm(refocus: "editor" | "button") {
    setLinkFormOpen(false);
    setLinkError(null);
    if (refocus === "editor") editor?.commands.focus();
    else linkButton.current?.focus();
  }

  function onLinkButton() {
    if (!editor) return;
    if (editor.isActive("link")) {
      editor.chain().focus().extendMarkRange("link").unsetLink().run();
      return;
    }
    // the editor keeps its selection while the address field has focus
    setLinkUrl("");
    setLinkError(null);
    setLinkFormOpen(true);
  }

  function applyLink(event: FormEvent) {
    event.preventDefault();
    if (!editor) return;
    const url = linkUrl.trim();
    if (!isHttpUrl(url)) {
      setLinkError("Only http:// and https:// links are allowed.");
      return;
    }
    const chain = editor.chain().focus();
    if (editor.state.selection.empty && !editor.isActive("link")) {
      // nothing selected: insert the address itself as the link text
      chain.insertContent({ type: "text", text: url, marks: [{ type: "link", attrs: { href: url } }] }).run();
    } else {
      chain.extendMarkRange("link").setLink({ href: url }).run();
    }
    closeLinkForm("editor");
  }

  function onLinkKeyDown(event: KeyboardEvent) {
    if (event.key === "Escape") {
      event.preventDefault();
      event.stopPropagation();
      closeLinkForm("button");
    }
  }

  return (
    <div className="explanation-editor">
      <div className="row explanation-toolbar" role="toolbar" aria-label="Explanation formatting">
        <button type="button" className="btn btn-quiet" aria-pressed={active?.bold ?? false} disabled={disabled} onClick={() => editor?.chain().focus().toggleBold().run()}><b>B</b><span className="visually-hidden"> Bold</span></button>
        <button type="button" className="btn btn-quiet" aria-pressed={active?.italic ?? false} disabled={disabled} onClick={() => editor?.chain().focus().toggleItalic().run()}><i>I</i><span className="visually-hidden"> Italic</span></button>
        <button ref={linkButton} type="button" className="btn btn-quiet" aria-pressed={active?.link ?? false} aria-expanded={active?.link ? undefined : linkFormOpen} disabled={disabled} onClick={onLinkButton}>{active?.link ? "Remove link" : "Link"}</button>
      </div>
      {linkFormOpen ? (
        // a <div role="group">, not a <form>: the explanation already sits inside the research form
        <div className="stack explanation-link-form" role="group" aria-label="Add a link" style={{ gap: ".3rem", margin: ".3rem 0 .5rem" }} onKeyDown={onLinkKeyDown}>
          <label htmlFor={linkFieldId}>Link address</label>
          <div className="row" style={{ gap: ".4rem", flexWrap: "nowrap" }}>
            <input
              id={linkFieldId}
              type="url"
              inputMode="url"
              autoFocus
              placeholder="https://"
              style={{ flex: "1 1 auto", minWidth: 0 }}
              value={linkUrl}
              aria-invalid={linkError ? true : undefined}
              aria-describedby={linkError ? `${linkFieldId}-error` : undefined}
              onChange={(e) => setLinkUrl(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === "Enter") applyLink(e);
              }}
            />
            <button type="button" className="btn" onClick={applyLink}>Apply link</button>
            <button type="button" className="btn btn-quiet" onClick={() => closeLinkForm("button")}>Cancel</button>
          </div>
          {linkError ? <p id={`${linkFieldId}-error`} className="field-error" role="alert">{linkError}</p> : null}
        </div>
      ) : null}
      <EditorContent editor={editor} />
    </div>
  );
}
