// Inline stylesheet of the annotated HTML export: system fonts only (no external assets),
// readable on screen, and a print layout that shows link targets and avoids split notes.
export const ANNOTATED_HTML_CSS = `
:root { color-scheme: light; --ink: #1a1a1a; --muted: #5b5b5b; --line: #d0d0d0; --mark: #fff1a8; --mark2: #ffd66b; --mark3: #ffb84d; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: #fff; font: 17px/1.6 Georgia, "Times New Roman", serif; }
main { max-width: 44rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
header.article h1 { font-size: 1.9rem; line-height: 1.25; margin: 0 0 .5rem; }
.meta, .url, .badges, footer, .article-meta { font: 14px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--muted); }
.url { word-break: break-all; }
mark.claim { background: var(--mark); color: inherit; padding: 0 1px; border-bottom: 2px solid #c9a400; }
mark.claim.depth-2 { background: var(--mark2); }
mark.claim.depth-3 { background: var(--mark3); }
sup.ref { font: 12px system-ui, sans-serif; margin-left: 1px; }
sup.ref a { text-decoration: none; }
a { color: #0b57d0; }
section.notes { border-top: 2px solid var(--ink); margin-top: 2.5rem; }
ol.notes { list-style: none; padding: 0; }
li.note { border-bottom: 1px solid var(--line); padding: 1rem 0; }
li.note:target { background: #f3f7ff; outline: 2px solid #0b57d0; outline-offset: 4px; }
.quote { font-style: italic; margin: 0 0 .25rem; }
.n { font-style: normal; font-weight: bold; }
.badge { display: inline-block; border: 1px solid var(--line); border-radius: 3px; padding: 0 .4em; margin-right: .25em; }
.status-draft .badge:first-child, .status-in_review .badge:first-child, .status-changes_requested .badge:first-child { border-color: #b3261e; color: #b3261e; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; margin: .5rem 0; }
dt { font-weight: bold; }
dd { margin: 0; }
.rating { font-family: system-ui, sans-serif; }
blockquote { margin: .4rem 0 .4rem 1rem; padding-left: .75rem; border-left: 3px solid var(--line); color: var(--muted); }
h4 { margin: .75rem 0 .25rem; font: bold 14px system-ui, sans-serif; text-transform: uppercase; letter-spacing: .04em; }
ol.sources { padding-left: 1.25rem; }
footer { margin-top: 2rem; }
@media print {
  body { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  mark.claim { background: none; border-bottom: 1.5pt solid #000; }
  a { color: inherit; }
  li.note a[href^="http"]::after { content: " <" attr(href) ">"; font-size: 9pt; word-break: break-all; }
  a.back { display: none; }
  li.note { break-inside: avoid; }
  section.notes { break-before: page; }
}
`;
