import { describe, expect, it } from "vitest";
import { submitClaim } from "@/lib/review/submit-claim";
import { approveClaim } from "@/lib/review/approve-claim";
import { requestChanges } from "@/lib/review/request-changes";
import { reopenClaim } from "@/lib/review/reopen-claim";
import { proposeChange } from "@/lib/review/propose-change";
import type { Actor } from "@/lib/auth/actor";
import type { ClaimStatus } from "@/lib/generated/prisma/enums";
import { claimState, createActor, createTestClaim, errorOf } from "./review-fixtures";

describe("submitting a claim", () => {
  it("refuses an incomplete claim with 422 naming every missing field, and changes nothing", async () => {
    const fc = await createActor("FACT_CHECKER");
    const claim = await createTestClaim(fc);
    const before = await claimState(claim.id);
    const err = await errorOf(submitClaim({ actor: fc, claimId: claim.id }));
    expect(err.code).toBe("UNPROCESSABLE");
    expect(Object.keys(err.fields ?? {}).sort()).toEqual(["sources", "statement", "verdict.rating", "verdict.summary"]);
    expect(await claimState(claim.id)).toEqual(before);
  });

  it("moves a complete draft into review and records who did it", async () => {
    const fc = await createActor("FACT_CHECKER");
    const claim = await createTestClaim(fc, { complete: true });
    const res = await submitClaim({ actor: fc, claimId: claim.id, version: 1 });
    expect(res).toMatchObject({ status: "IN_REVIEW", version: 2, reviewId: null });
    const s = await claimState(claim.id);
    expect(s).toMatchObject({ status: "IN_REVIEW", version: 2, events: 1 });
  });

  it("refuses an exporter (no claim.submit)", async () => {
    const fc = await createActor("FACT_CHECKER");
    const exporter = await createActor("EXPORTER");
    const claim = await createTestClaim(fc, { complete: true });
    expect((await errorOf(submitClaim({ actor: exporter, claimId: claim.id }))).code).toBe("FORBIDDEN");
  });
});

describe("illegal transitions are refused with 409 and change nothing", () => {
  type Op = (a: Actor, id: string, version: number) => Promise<unknown>;
  const ops: Record<string, Op> = {
    submit: (a, id) => submitClaim({ actor: a, claimId: id }),
    approve: (a, id, version) => approveClaim({ actor: a, claimId: id, version }),
    requestChanges: (a, id) => requestChanges({ actor: a, claimId: id, note: "Please fix" }),
    reopen: (a, id) => reopenClaim({ actor: a, claimId: id }),
    proposeChange: (a, id) => proposeChange({ actor: a, claimId: id }),
  };
  const illegal: [ClaimStatus, string[]][] = [
    ["DRAFT", ["approve", "requestChanges", "reopen", "proposeChange"]],
    ["IN_REVIEW", ["submit", "reopen", "proposeChange"]],
    ["CHANGES_REQUESTED", ["approve", "requestChanges", "reopen", "proposeChange"]],
    ["APPROVED", ["submit", "approve", "requestChanges"]],
  ];
  const cases = illegal.flatMap(([status, names]) => names.map((name) => ({ status, name })));
  it.each(cases)("$name on a $status claim", async ({ status, name }) => {
    const fc = await createActor("FACT_CHECKER");
    const editor = await createActor("EDITOR");
    const claim = await createTestClaim(fc, { complete: true, status });
    const before = await claimState(claim.id);
    const err = await errorOf(ops[name]!(editor, claim.id, claim.version));
    expect(err.code).toBe("CONFLICT");
    expect(err.details).toMatchObject({ currentStatus: status });
    expect(await claimState(claim.id)).toEqual(before);
  });
});

describe("concurrency", () => {
  it("10 parallel submits of one claim: exactly one succeeds, one audit event", async () => {
    const fc = await createActor("FACT_CHECKER");
    const claim = await createTestClaim(fc, { complete: true });
    const results = await Promise.allSettled(Array.from({ length: 10 }, () => submitClaim({ actor: fc, claimId: claim.id })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect((r.reason as { code: string }).code).toBe("CONFLICT");
    expect(await claimState(claim.id)).toMatchObject({ status: "IN_REVIEW", version: 2, events: 1 });
  });

  it("10 parallel approvals of one claim: exactly one review", async () => {
    const fc = await createActor("FACT_CHECKER");
    const editor = await createActor("EDITOR");
    const claim = await createTestClaim(fc, { complete: true, status: "IN_REVIEW" });
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, () => approveClaim({ actor: editor, claimId: claim.id, version: claim.version })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await claimState(claim.id)).toMatchObject({ status: "APPROVED", reviews: 1, events: 1 });
  });
});
