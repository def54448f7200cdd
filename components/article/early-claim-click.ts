import type { ClaimDto } from "@/lib/claim/claim.types";
import { readApiResponse } from "@/components/claim/api-client";
import { isClaimId } from "@/components/editor/claim-mark-attributes";

/** What the inline script records of a click on a highlight before React hydrated. */
type EarlyClick = { ids: string[]; t: number; claim: Promise<Response> | null };
/** Set by {@link EARLY_CLAIM_CLICK_SCRIPT} (components/article/early-claim-click-script.ts). */
type EarlyWindow = Window & { __factmarkEarlyClick?: EarlyClick | null; __factmarkHydrated?: boolean };

let consumedAt: number | null = null;

/**
 * Marks the page as hydrated (the inline script stops recording) and returns the click
 * it recorded before, if any, once: the claim ids, and the claim's full record when the
 * early request was sent (rejects like `apiFetch`).
 */
export function takeEarlyClaimClick(): { ids: string[]; claim: Promise<ClaimDto> | null } | null {
  if (typeof window === "undefined") return null;
  const w = window as EarlyWindow;
  w.__factmarkHydrated = true;
  const early = w.__factmarkEarlyClick;
  w.__factmarkEarlyClick = null;
  if (!early || !Array.isArray(early.ids)) return null;
  const ids = early.ids.filter(isClaimId);
  if (!ids.length) return null;
  consumedAt = early.t;
  return { ids, claim: early.claim ? early.claim.then((res) => readApiResponse<ClaimDto>(res)) : null };
}

/** Whether `event` is the click {@link takeEarlyClaimClick} already handed over (React replays clicks made while it hydrated). */
export function isEarlyClaimClick(event: Event): boolean {
  return consumedAt !== null && event.timeStamp === consumedAt;
}
