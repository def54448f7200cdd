import type { Editor } from "@tiptap/core";
import { Plugin, PluginKey, type EditorState } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";

/** A suggestion's span in ProseMirror positions, with its key. */
export type SuggestionRange = { key: string; from: number; to: number };

type SuggestionPluginState = { ranges: SuggestionRange[]; focusedKey: string | null; decorations: DecorationSet };
type SuggestionMeta = { ranges: SuggestionRange[]; focusedKey: string | null };

/** The plugin's key; its state holds the ranges and the decorations drawn for them. */
export const suggestionPluginKey = new PluginKey<SuggestionPluginState>("suggestions");

function decorate(state: EditorState, meta: SuggestionMeta): DecorationSet {
  const size = state.doc.content.size;
  return DecorationSet.create(
    state.doc,
    meta.ranges
      .filter((r) => r.from >= 0 && r.to <= size && r.to > r.from)
      .map((r) =>
        Decoration.inline(r.from, r.to, {
          class: r.key === meta.focusedKey ? "suggestion-mark is-focused" : "suggestion-mark",
          "data-suggestion-key": r.key,
        }),
      ),
  );
}

/**
 * Suggestions drawn as decorations, not marks: they never change the document (which the
 * read-only article filters anyway), never reach saved claim data, and a new list or a new
 * focused suggestion is one metadata transaction. `onClick` gets the key under a click.
 */
export function createSuggestionPlugin(opts: { onClick?: (key: string) => void } = {}): Plugin<SuggestionPluginState> {
  return new Plugin<SuggestionPluginState>({
    key: suggestionPluginKey,
    state: {
      init: () => ({ ranges: [], focusedKey: null, decorations: DecorationSet.empty }),
      apply(tr, value, _old, state) {
        const meta = tr.getMeta(suggestionPluginKey) as SuggestionMeta | undefined;
        if (meta) return { ...meta, decorations: decorate(state, meta) };
        return tr.docChanged ? { ...value, decorations: value.decorations.map(tr.mapping, tr.doc) } : value;
      },
    },
    props: {
      decorations: (state) => suggestionPluginKey.getState(state)?.decorations,
      handleClick(view, pos) {
        const key = rangeKeyAt(view.state, pos);
        if (key) opts.onClick?.(key);
        return false;
      },
    },
  });
}

function rangeKeyAt(state: EditorState, pos: number): string | undefined {
  const ranges = suggestionPluginKey.getState(state)?.ranges ?? [];
  // the innermost (shortest) suggestion under the click
  return ranges.filter((r) => r.from <= pos && pos <= r.to).sort((a, b) => a.to - a.from - (b.to - b.from))[0]?.key;
}

/**
 * Shows `ranges` on `editor` with `focusedKey` highlighted, registering the plugin on first
 * use so the article's extension list need not know about suggestions.
 */
export function setEditorSuggestions(editor: Editor, ranges: SuggestionRange[], focusedKey: string | null, onClick?: (key: string) => void): void {
  if (editor.isDestroyed) return;
  if (!suggestionPluginKey.getState(editor.state)) editor.registerPlugin(createSuggestionPlugin({ onClick }));
  editor.view.dispatch(editor.state.tr.setMeta(suggestionPluginKey, { ranges, focusedKey } satisfies SuggestionMeta).setMeta("addToHistory", false));
}
