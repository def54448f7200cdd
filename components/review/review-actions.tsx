"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import type { Role } from "@/lib/generated/prisma/enums";
import type { ClaimStatusValue } from "@/lib/claim/claim.types";
import { can } from "@/lib/auth/policy";
import { availableTransitions, TRANSITIONS, type TransitionName } from "@/lib/review/claim-state-machine";
import { apiFetch, ApiError } from "@/components/claim/api-client";
import { FIELD_NAMES } from "@/components/review/review-labels";

export type ReviewActionResult = { id: string; status: ClaimStatusValue; version: number; reviewId: string | null };

type Props = {
  claimId: string;
  status: ClaimStatusValue;
  /** the claim version on screen; approve sends it so a newer, unseen version is refused */
  version: number;
  role: Role;
  /** the actor created or is assigned to the claim (approve is hidden unless self-approval is on) */
  isOwnClaim?: boolean;
  allowSelfApproval?: boolean;
  /** called after a successful transition, with the claim's new status and version */
  onChanged?: (result: ReviewActionResult) => void;
  /**
   * Runs the request in the caller's queue (the workspace form saves pending edits first and
   * reloads the claim after); by default the request is sent directly.
   */
  perform?: (send: () => Promise<ReviewActionResult>) => Promise<unknown>;
};

const PATH: Record<TransitionName, string> = {
  submit: "submit", approve: "approve", requestChanges: "request-changes", reopen: "reopen", proposeChange: "propose-change",
};
const BUTTON: Record<TransitionName, string> = {
  submit: "Submit for review", approve: "Approve", requestChanges: "Request changes", reopen: "Reopen", proposeChange: "Propose a change",
};

/**
 * The workflow buttons for one claim: Submit for review; Approve / Request changes (with a
 * note); Reopen; Propose a change — only those the status and the role allow. The server
 * checks everything again; its refusals (missing fields, stale version) are shown here.
 */
export function ReviewActions({ claimId, status, version, role, isOwnClaim, allowSelfApproval, onChanged, perform }: Props) {
  const router = useRouter();
  const [note, setNote] = useState("");
  const [pending, setPending] = useState<TransitionName | null>(null);
  const [error, setError] = useState<{ message: string; fields: Record<string, string>; stale: boolean } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const actor = { role };
  const names = availableTransitions(status).filter((n) => can(actor, TRANSITIONS[n].action));
  // unknown setting (workspace): leave the button on and let the server explain a refusal
  const selfBlocked = isOwnClaim && allowSelfApproval === false;
  // keep the outcome visible after a transition that leaves this role no further buttons
  if (names.length === 0 && !done && !error) return null;
  const hasNote = names.some((n) => n !== "submit");

  async function run(name: TransitionName) {
    if (name === "requestChanges" && !note.trim()) {
      setError({ message: "Write a note telling the fact-checker what to change.", fields: { note: "is required" }, stale: false });
      return;
    }
    setPending(name);
    setError(null);
    setDone(null);
    try {
      // submit checks the saved claim as it is now (pending autosaves land first); an editor's
      // decision names the version they looked at, so an unseen newer version is refused
      const body = name === "submit" ? {} : { version, ...(note.trim() ? { note: note.trim() } : {}) };
      const send = () => apiFetch<ReviewActionResult>(`/api/v1/claims/${encodeURIComponent(claimId)}/${PATH[name]}`, { method: "POST", body });
      let result: ReviewActionResult | undefined;
      if (perform) await perform(async () => (result = await send()));
      else result = await send();
      if (!result) throw new Error("no result");
      setNote("");
      setDone(`Done: the claim is now ${result.status.replace("_", " ").toLowerCase()}.`);
      onChanged?.(result);
      // the workspace adopts the reloaded claim itself; elsewhere the server page re-renders
      if (!perform) router.refresh();
    } catch (e) {
      const api = e instanceof ApiError ? e : null;
      setError({ message: api?.message ?? "Could not reach the server; nothing was changed.", fields: api?.fields ?? {}, stale: api?.status === 409 });
    } finally {
      setPending(null);
    }
  }

  return (
    <div className="review-actions stack" data-testid="review-actions">
      {hasNote ? (
        <label className="field">
          Note to the fact-checker{names.includes("requestChanges") ? " (required to request changes)" : " (optional)"}
          <textarea value={note} onChange={(e) => setNote(e.target.value)} aria-invalid={!!error?.fields.note} maxLength={5000} rows={3} />
        </label>
      ) : null}
      <div className="row" hidden={names.length === 0}>
        {names.map((n) => (
          <button
            key={n}
            type="button"
            className={n === "approve" || n === "submit" ? "btn btn-primary" : n === "requestChanges" ? "btn btn-danger" : "btn"}
            disabled={pending !== null || (n === "approve" && selfBlocked)}
            title={n === "approve" && selfBlocked ? "You cannot approve a claim you created or are assigned to" : undefined}
            onClick={() => void run(n)}
          >
            {pending === n ? "Working…" : BUTTON[n]}
          </button>
        ))}
      </div>
      {names.includes("approve") && selfBlocked ? <p className="muted small">Another editor must approve this claim: you created it or are assigned to it.</p> : null}
      {error ? (
        <div role="alert" className="error">
          <p style={{ margin: 0 }}>{error.message}</p>
          {Object.keys(error.fields).length > 0 ? (
            <ul>{Object.entries(error.fields).map(([f, why]) => <li key={f}><strong>{FIELD_NAMES[f] ?? f}</strong> {why}</li>)}</ul>
          ) : null}
          {error.stale ? <button type="button" className="btn" onClick={() => router.refresh()}>Reload the claim</button> : null}
        </div>
      ) : null}
      {done ? <p role="status" className="success">{done}</p> : null}
    </div>
  );
}
