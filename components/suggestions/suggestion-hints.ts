/**
 * The suggestions panel's hint line while suggestions load. The workspace shows it in the
 * panel's place before the panel (and the ProseMirror code it draws with) has loaded, so the
 * line is there from the first paint and the article never moves down when they arrive.
 */
export const SUGGESTIONS_LOADING_HINT = "Looking for checkable claims…";
