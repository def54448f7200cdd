import type { AnnotatedArticle, ExportContext } from "./annotated-article.types";
import { formatLongDate } from "./export-labels";
import { getArticleUrl, isHttpUrl } from "./export-urls";
import { renderArticleBody } from "./html-article-body";
import { renderClaimNote } from "./html-claim-note";
import { escapeHtml as e } from "./html-escape";
import { ANNOTATED_HTML_CSS } from "./html-styles";

/** Media type of the `html` format. */
export const HTML_CONTENT_TYPE = "text/html; charset=utf-8";

// The file is opened from disk or a CMS preview: nothing may load or run, only inline CSS.
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

function renderHeader(a: AnnotatedArticle, ctx: ExportContext): string {
  const { article } = a;
  const url = getArticleUrl(a, ctx);
  const meta = [article.publisher, article.byline, article.dateline, article.publishedAt ? formatLongDate(article.publishedAt) : ""]
    .map((s) => s.trim())
    .filter(Boolean);
  return `<header class="article">
<h1>${e(article.title)}</h1>
${meta.length ? `<p class="article-meta">${meta.map(e).join(" · ")}</p>` : ""}
<p class="article-meta">${isHttpUrl(url) ? `<a href="${e(url)}" rel="noopener noreferrer nofollow">${e(url)}</a>` : e(url)}</p>
<p class="article-meta">Revision ${article.revision.number} · sha256 <code>${e(article.revision.sha256)}</code> · fact-checked by ${e(ctx.newsroomName)}</p>
</header>`;
}

/**
 * Render an annotated article as one standalone HTML page: no external assets and no
 * scripts (a CSP meta forbids both), inline CSS with a print layout, the text with every
 * claim highlighted (overlaps split into runs) and footnoted with its verdict, sanitized
 * explanation and sources. Each footnote is addressable as #claim-<id>.
 */
export function toAnnotatedHtml(a: AnnotatedArticle, ctx: ExportContext): string {
  const claims = a.claims;
  const numbers = new Map(claims.map((c, i) => [c.id, i + 1]));
  const notes = claims.map((c, i) => renderClaimNote(c, i + 1)).join("\n");
  const lang = /^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/.test(a.article.language) ? a.article.language : "en";
  return `<!DOCTYPE html>
<html lang="${e(lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="Factmark">
<title>${e(a.article.title)} — fact-checked by ${e(ctx.newsroomName)}</title>
<style>${ANNOTATED_HTML_CSS}</style>
</head>
<body>
<main>
${renderHeader(a, ctx)}
<article class="text">
${renderArticleBody(a, numbers)}
</article>
<section class="notes" aria-labelledby="notes-title">
<h2 id="notes-title">Fact-checked claims (${claims.length})</h2>
<ol class="notes">
${notes}
</ol>
</section>
<footer>Exported ${e(formatLongDate(a.exportedAt))} from Factmark · ${e(a.schema)}</footer>
</main>
</body>
</html>
`;
}
