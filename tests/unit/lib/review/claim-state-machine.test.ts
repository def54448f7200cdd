import { describe, expect, it } from "vitest";
import {
  assertClaimEditable, assertTransition, availableTransitions, canTransition, TRANSITIONS, type TransitionName,
} from "@/lib/review/claim-state-machine";
import type { ClaimStatus } from "@/lib/generated/prisma/enums";

const STATUSES: ClaimStatus[] = ["DRAFT", "IN_REVIEW", "CHANGES_REQUESTED", "APPROVED"];
// expected: transition → (from → to); anything not listed is illegal
const LEGAL: Record<TransitionName, Partial<Record<ClaimStatus, ClaimStatus>>> = {
  submit: { DRAFT: "IN_REVIEW", CHANGES_REQUESTED: "IN_REVIEW" },
  approve: { IN_REVIEW: "APPROVED" },
  requestChanges: { IN_REVIEW: "CHANGES_REQUESTED" },
  reopen: { APPROVED: "IN_REVIEW" },
  proposeChange: { APPROVED: "IN_REVIEW" },
};

const all = (Object.keys(LEGAL) as TransitionName[]).flatMap((name) => STATUSES.map((from) => ({ name, from, to: LEGAL[name][from] ?? null })));

describe("claim state machine", () => {
  it.each(all.filter((c) => c.to))("$name from $from → $to", ({ name, from, to }) => {
    expect(canTransition(from, name)).toBe(true);
    expect(assertTransition(from, name).to).toBe(to);
  });

  it.each(all.filter((c) => !c.to))("$name from $from is refused with 409 naming the status", ({ name, from }) => {
    expect(canTransition(from, name)).toBe(false);
    let error: unknown;
    try {
      assertTransition(from, name);
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ code: "CONFLICT", status: 409, details: { currentStatus: from } });
    const label = { DRAFT: "draft", IN_REVIEW: "in review", CHANGES_REQUESTED: "changes requested", APPROVED: "approved" }[from];
    expect((error as Error).message).toContain(`is ${label}`);
  });

  it("offers the buttons that fit each status", () => {
    expect(availableTransitions("DRAFT")).toEqual(["submit"]);
    expect(availableTransitions("IN_REVIEW").sort()).toEqual(["approve", "requestChanges"]);
    expect(availableTransitions("CHANGES_REQUESTED")).toEqual(["submit"]);
    expect(availableTransitions("APPROVED").sort()).toEqual(["proposeChange", "reopen"]);
  });

  it("only editors' actions record a review decision", () => {
    expect(TRANSITIONS.submit.decision).toBeNull();
    expect(TRANSITIONS.proposeChange.decision).toBeNull();
    expect(TRANSITIONS.approve.decision).toBe("APPROVE");
    expect(TRANSITIONS.requestChanges.decision).toBe("REQUEST_CHANGES");
    expect(TRANSITIONS.reopen.decision).toBe("REOPEN");
  });

  it("locks approved claims and leaves the others editable", () => {
    expect(() => assertClaimEditable("APPROVED")).toThrow(expect.objectContaining({ code: "CONFLICT" }));
    for (const s of ["DRAFT", "IN_REVIEW", "CHANGES_REQUESTED"] as const) expect(() => assertClaimEditable(s)).not.toThrow();
  });
});
