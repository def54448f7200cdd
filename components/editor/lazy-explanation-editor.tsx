"use client";

import dynamic from "next/dynamic";
import type { ComponentProps } from "react";
import type { ExplanationEditor } from "@/components/editor/explanation-editor";

type Props = ComponentProps<typeof ExplanationEditor>;

/** Shown in the editor's place when its code could not be loaded (offline, a new deployment). */
function ExplanationEditorUnavailable(_props: Props) {
  return (
    <div className="explanation-editor" role="alert">
      <p className="error">The explanation editor could not be loaded. Reload the page to edit the explanation; the rest of the form saves as usual.</p>
    </div>
  );
}

/**
 * The verdict's explanation editor, loaded in its own chunk (tiptap's StarterKit and
 * ProseMirror, ~440 kB of script) once a research form shows it: the form itself, and so the
 * first click on a claim, no longer waits for the editor's code to be fetched and evaluated.
 * Until it arrives, a box of the editor's size (toolbar disabled) keeps the form from moving.
 */
export const LazyExplanationEditor = dynamic<Props>(
  () => import("@/components/editor/explanation-editor").then((m) => m.ExplanationEditor, () => ExplanationEditorUnavailable),
  {
    ssr: false,
    loading: () => (
      <div className="explanation-editor" aria-busy="true">
        <div className="row explanation-toolbar" aria-hidden="true">
          <button type="button" className="btn btn-quiet" disabled tabIndex={-1}><b>B</b></button>
          <button type="button" className="btn btn-quiet" disabled tabIndex={-1}><i>I</i></button>
          <button type="button" className="btn btn-quiet" disabled tabIndex={-1}>Link</button>
        </div>
        <div className="explanation-loading muted small">Loading the editor…</div>
      </div>
    ),
  },
);
