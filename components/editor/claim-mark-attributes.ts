/**
 * What a claim highlight element looks like, without tiptap: the server-rendered article,
 * the early-click script's reader and the editor's claim mark (claim-mark.ts) share these,
 * and the page's first scripts need not load the editor for them.
 */

const STATUSES = new Set(["DRAFT", "IN_REVIEW", "CHANGES_REQUESTED", "APPROVED"]);
export const STATUS_LABELS: Record<string, string> = {
  DRAFT: "draft", IN_REVIEW: "in review", CHANGES_REQUESTED: "changes requested", APPROVED: "approved",
};
// ids are cuids from the server; anything else is refused so it never reaches a selector or attribute
const CLAIM_ID = /^[A-Za-z0-9_-]{1,100}$/;

/** Whether `id` may be a claim id (letters, digits, `_` and `-`). */
export function isClaimId(id: unknown): id is string {
  return typeof id === "string" && CLAIM_ID.test(id);
}

/** A known claim status, else "DRAFT". */
export function toStatus(value: unknown): string {
  return typeof value === "string" && STATUSES.has(value) ? value : "DRAFT";
}

/**
 * The attributes of a claim highlight element, exactly as the mark renders them (the
 * server-rendered article uses this too, so both look and behave the same). An invalid id
 * gets no `data-claim-id`; an unknown status shows as a draft.
 */
export function claimMarkAttributes(claimId: unknown, status: unknown): Record<string, string> {
  const s = toStatus(status);
  return {
    class: "claim-mark",
    "data-status": s,
    title: `Claim (${STATUS_LABELS[s]})`,
    ...(isClaimId(claimId) ? { "data-claim-id": claimId } : {}),
  };
}

/** Claim ids of the highlight elements around `target` (up to `root`), innermost first. */
export function claimIdsFromElement(target: EventTarget | null, root: Element): string[] {
  const ids: string[] = [];
  let el = target instanceof Element ? target : null;
  while (el && el !== root) {
    const id = el.getAttribute("data-claim-id");
    if (isClaimId(id) && !ids.includes(id)) ids.push(id);
    el = el.parentElement;
  }
  return ids;
}

