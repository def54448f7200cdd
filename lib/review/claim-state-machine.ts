import type { ClaimStatus } from "@/lib/generated/prisma/enums";
import type { Action } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors/app-error";

export type TransitionName = "submit" | "approve" | "requestChanges" | "reopen" | "proposeChange";

export type Transition = {
  from: readonly ClaimStatus[];
  to: ClaimStatus;
  /** the policy action the actor needs */
  action: Action;
  /** the Review decision it records, if it is an editor's decision */
  decision: "APPROVE" | "REQUEST_CHANGES" | "REOPEN" | null;
  /** human wording for errors and the UI */
  verb: string;
};

/**
 * The claim workflow as data: draft → in review → approved; in review → changes requested →
 * in review again. An approved claim is locked; an editor's reopen or a fact-checker's proposed
 * change returns it to review, keeping the approved version in `approvedSnapshot`.
 */
export const TRANSITIONS: Record<TransitionName, Transition> = {
  submit: { from: ["DRAFT", "CHANGES_REQUESTED"], to: "IN_REVIEW", action: "claim.submit", decision: null, verb: "submit" },
  approve: { from: ["IN_REVIEW"], to: "APPROVED", action: "claim.approve", decision: "APPROVE", verb: "approve" },
  requestChanges: { from: ["IN_REVIEW"], to: "CHANGES_REQUESTED", action: "claim.requestChanges", decision: "REQUEST_CHANGES", verb: "request changes on" },
  reopen: { from: ["APPROVED"], to: "IN_REVIEW", action: "claim.reopen", decision: "REOPEN", verb: "reopen" },
  proposeChange: { from: ["APPROVED"], to: "IN_REVIEW", action: "claim.proposeChange", decision: null, verb: "propose a change to" },
};

/** Statuses whose fields may be edited; an approved claim is locked. */
export const EDITABLE_STATUSES: readonly ClaimStatus[] = ["DRAFT", "IN_REVIEW", "CHANGES_REQUESTED"];

const STATUS_LABEL: Record<ClaimStatus, string> = {
  DRAFT: "draft",
  IN_REVIEW: "in review",
  CHANGES_REQUESTED: "changes requested",
  APPROVED: "approved",
};

export function statusLabel(status: ClaimStatus): string {
  return STATUS_LABEL[status];
}

/** Whether `name` may be applied to a claim in `status`. */
export function canTransition(status: ClaimStatus, name: TransitionName): boolean {
  return TRANSITIONS[name].from.includes(status);
}

/** The transitions available from `status` (for showing the right buttons). */
export function availableTransitions(status: ClaimStatus): TransitionName[] {
  return (Object.keys(TRANSITIONS) as TransitionName[]).filter((n) => canTransition(status, n));
}

/** Throws CONFLICT naming the current status when `name` is not allowed from it. */
export function assertTransition(status: ClaimStatus, name: TransitionName): Transition {
  const t = TRANSITIONS[name];
  if (!t.from.includes(status)) {
    const allowed = t.from.map(statusLabel).join(" or ");
    throw new AppError("CONFLICT", `Cannot ${t.verb} a claim that is ${statusLabel(status)}; it must be ${allowed}`, {
      details: { currentStatus: status },
    });
  }
  return t;
}

/**
 * Throws CONFLICT when a claim's fields may not be edited in `status`. Claim, verdict and
 * source writes call this inside their transaction, so an approved claim stays as approved.
 */
export function assertClaimEditable(status: ClaimStatus): void {
  if (!EDITABLE_STATUSES.includes(status)) {
    throw new AppError("CONFLICT", "This claim is approved and locked. An editor can reopen it, or propose a change to send it back to review.", {
      details: { currentStatus: status },
    });
  }
}
