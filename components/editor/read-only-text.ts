import { Extension } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { CLAIM_MARKS_META } from "@/components/editor/claim-mark";

/**
 * Makes an editable view behave as read-only text with a caret. `editable: false` would
 * drop the caret in Chromium, and with it keyboard selection (shift+arrows); so the view
 * stays contenteditable, every input event is cancelled before the browser touches the
 * DOM, and any transaction that would still change the document is filtered out — except
 * claim-mark changes, which carry {@link CLAIM_MARKS_META}.
 */
export const ReadOnlyText = Extension.create({
  name: "readOnlyText",

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey("readOnlyText"),
        filterTransaction: (tr) => !tr.docChanged || tr.getMeta(CLAIM_MARKS_META) === true,
        props: {
          handleTextInput: () => true,
          handlePaste: () => true,
          handleDrop: () => true,
          handleDOMEvents: {
            beforeinput: (_view, event) => {
              event.preventDefault();
              return true;
            },
            cut: (_view, event) => {
              event.preventDefault();
              return true;
            },
          },
        },
      }),
    ];
  },
});
