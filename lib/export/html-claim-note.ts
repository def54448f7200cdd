import type { ExportClaim, ExportSource } from "./annotated-article.types";
import { CLAIM_KIND_LABELS, CLAIM_STATUS_LABELS, SOURCE_KIND_LABELS, formatLongDate } from "./export-labels";
import { isHttpUrl } from "./export-urls";
import { escapeHtml as e } from "./html-escape";
import { sanitizeExplanationHtml } from "./sanitize-explanation";

// Only http(s) URLs become links; anything else (javascript:, data:, typos) is shown as text.
function link(url: string, label: string): string {
  return isHttpUrl(url) ? `<a href="${e(url)}" rel="noopener noreferrer nofollow">${e(label)}</a>` : e(label);
}

function renderSource(s: ExportSource): string {
  const title = s.title.trim() || s.url;
  const meta = [s.publisher.trim(), SOURCE_KIND_LABELS[s.kind], `accessed ${formatLongDate(s.accessedAt)}`].filter(Boolean);
  const parts = [`<cite>${link(s.url, title)}</cite>`, ` <span class="meta">(${e(meta.join(", "))})</span>`];
  if (title !== s.url) parts.push(`<br><span class="url">${e(s.url)}</span>`);
  if (s.archiveUrl) parts.push(` · ${link(s.archiveUrl, "archived copy")}`);
  if (s.quote.trim()) parts.push(`<blockquote>${e(s.quote)}</blockquote>`);
  return `<li>${parts.join("")}</li>`;
}

function renderVerdict(claim: ExportClaim): string {
  const v = claim.verdict;
  if (!v) return `<p class="verdict none">No verdict yet.</p>`;
  const rating = v.rating ? `<strong class="rating">${e(v.rating.label)}</strong>` : `<strong class="rating">Not rated</strong>`;
  const summary = v.summary.trim() ? ` — ${e(v.summary)}` : "";
  const html = v.explanationHtml.trim() ? sanitizeExplanationHtml(v.explanationHtml) : "";
  const explanation = html.trim()
    ? `<div class="explanation">${html}</div>`
    : v.explanationText.trim()
      ? `<div class="explanation"><p>${e(v.explanationText).replace(/\n/g, "<br>")}</p></div>`
      : "";
  return `<p class="verdict">${rating}${summary}</p>${explanation}`;
}

/**
 * One claim's footnote: the quoted span, status, statement, claimant, verdict,
 * re-sanitized explanation, sources and review. Its id "claim-<id>" is the fragment
 * that ClaimReview urls point at.
 */
export function renderClaimNote(claim: ExportClaim, n: number): string {
  const id = e(claim.id);
  const badges = [CLAIM_STATUS_LABELS[claim.status], CLAIM_KIND_LABELS[claim.kind]];
  if (claim.anchor.outcome === "ORPHANED") badges.push("Not found in this revision");
  const facts = [
    claim.statement.trim() ? `<dt>Claim</dt><dd>${e(claim.statement)}</dd>` : "",
    claim.claimant.trim() ? `<dt>Claimant</dt><dd>${e(claim.claimant)}</dd>` : "",
  ].join("");
  const sources = claim.sources.length
    ? `<h4>Sources</h4><ol class="sources">${claim.sources.map(renderSource).join("")}</ol>`
    : "";
  const review = claim.review?.approvedAt
    ? `<p class="review">Approved${claim.review.approvedBy ? ` by ${e(claim.review.approvedBy.name)}` : ""} on ${e(formatLongDate(claim.review.approvedAt))}${claim.review.note.trim() ? `: ${e(claim.review.note)}` : ""}</p>`
    : "";
  const back = claim.anchor.outcome === "ORPHANED" ? "" : ` <a class="back" href="#mark-${e(encodeURIComponent(claim.id))}" aria-label="Back to the text">↩</a>`;
  return [
    `<li id="claim-${id}" class="note status-${e(claim.status.toLowerCase())}">`,
    `<p class="quote"><span class="n">[${n}]</span> “${e(claim.selector.exact)}”${back}</p>`,
    `<p class="badges">${badges.map((b) => `<span class="badge">${e(b)}</span>`).join(" ")}</p>`,
    facts ? `<dl>${facts}</dl>` : "",
    renderVerdict(claim),
    sources,
    review,
    `</li>`,
  ].join("\n");
}
