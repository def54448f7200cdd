/** The workspace's keyboard help, collapsed by default. */
export function WorkspaceHelp() {
  return (
    <details className="workspace-help">
      <summary>Keyboard help</summary>
      <ul className="small">
        <li>Click into the article, then move with the arrow keys; hold <kbd>Shift</kbd> + arrows to select.</li>
        <li><kbd>Alt</kbd>+<kbd>M</kbd>: mark the selected words as a claim (same as the “Mark claim” button).</li>
        <li><kbd>J</kbd> / <kbd>K</kbd> (outside form fields) or <kbd>Alt</kbd>+<kbd>↓</kbd> / <kbd>Alt</kbd>+<kbd>↑</kbd>: next / previous claim.</li>
        <li>Click a highlight to open its claim; click again on nested highlights to reach the outer claim.</li>
        <li>Edits to a claim save by themselves about a second after you stop typing.</li>
        {/* as SuggestionHelpItems in components/suggestions/suggestion-panel.tsx says them; not
            imported from there, so the page's first scripts need not carry the suggestions code */}
        <li><kbd>N</kbd> / <kbd>P</kbd> (outside form fields) or <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>↓</kbd> / <kbd>↑</kbd>: next / previous suggestion (dotted underline).</li>
        <li><kbd>A</kbd>: accept the focused suggestion as a draft claim; <kbd>D</kbd>: dismiss it (Undo appears below the toggle).</li>
      </ul>
    </details>
  );
}
