/** The article text element's attributes: the same on the server-rendered text and on the editor. */
export const TEXT_ATTRIBUTES = {
  class: "article-text",
  "aria-label": "Article text (read-only; select text with the mouse or shift+arrow keys)",
  "aria-readonly": "true",
  "aria-multiline": "true",
  role: "textbox",
  spellcheck: "false",
  "data-testid": "article-text",
};
