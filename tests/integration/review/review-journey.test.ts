import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { submitClaim } from "@/lib/review/submit-claim";
import { approveClaim } from "@/lib/review/approve-claim";
import { requestChanges } from "@/lib/review/request-changes";
import { proposeChange } from "@/lib/review/propose-change";
import { reopenClaim } from "@/lib/review/reopen-claim";
import { getReviewView } from "@/lib/review/get-review-view";
import { listReviewQueue } from "@/lib/review/list-review-queue";
import { listSentBack } from "@/lib/review/list-sent-back";
import { listClaimHistory } from "@/lib/audit/list-claim-history";
import { updateClaim } from "@/lib/claim/update-claim";
import { claimState, createActor, createTestClaim, errorOf } from "./review-fixtures";

describe("review journey", () => {
  it("submit → sent back with a note → fixed → resubmitted → approved; locked; history shows it all", async () => {
    const fc = await createActor("FACT_CHECKER");
    const editor = await createActor("EDITOR");
    const claim = await createTestClaim(fc, { complete: true });
    await submitClaim({ actor: fc, claimId: claim.id });
    expect((await listReviewQueue({ actor: editor, filter: { articleId: claim.articleId } })).map((c) => c.id)).toEqual([claim.id]);

    const noNote = await errorOf(requestChanges({ actor: editor, claimId: claim.id, note: "  " }));
    expect(noNote).toMatchObject({ code: "INVALID_INPUT", fields: { note: expect.any(String) } });
    const sent = await requestChanges({ actor: editor, claimId: claim.id, note: "Count from the first crew, November 2000." });
    expect(sent.status).toBe("CHANGES_REQUESTED");
    const mine = await listSentBack({ actor: fc });
    expect(mine.find((c) => c.id === claim.id)?.note).toBe("Count from the first crew, November 2000.");

    const edited = await updateClaim({ actor: fc, claimId: claim.id, input: { version: sent.version, statement: "The ISS has been crewed for 25 years" } });
    const resubmitted = await submitClaim({ actor: fc, claimId: claim.id, version: edited.version });

    const view = await getReviewView({ actor: editor, claimId: claim.id });
    expect(view.diffBase?.kind).toBe("sentBack");
    expect(view.diff?.map((d) => d.field)).toEqual(["statement"]);

    const stale = await errorOf(approveClaim({ actor: editor, claimId: claim.id, version: resubmitted.version - 1 }));
    expect(stale.code).toBe("CONFLICT");
    const approved = await approveClaim({ actor: editor, claimId: claim.id, version: resubmitted.version, note: "Good." });
    expect(approved.status).toBe("APPROVED");
    const row = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(row.approvedById).toBe(editor.id);
    expect((row.approvedSnapshot as { statement: string }).statement).toBe("The ISS has been crewed for 25 years");

    // locked: the workspace's PATCH refuses, nothing changes
    const before = await claimState(claim.id);
    const locked = await errorOf(updateClaim({ actor: fc, claimId: claim.id, input: { version: approved.version, statement: "Changed" } }));
    expect(locked.code).toBe("CONFLICT");
    expect(await claimState(claim.id)).toEqual(before);

    const { events: history } = await listClaimHistory({ actor: fc, claimId: claim.id });
    expect(history.map((e) => e.action)).toEqual(
      expect.arrayContaining(["claim.submit", "claim.requestChanges", "claim.update", "claim.approve"]),
    );
    const sendBack = history.find((e) => e.action === "claim.requestChanges")!;
    expect(sendBack.actor?.id).toBe(editor.id);
    expect(sendBack.changes.find((c) => c.key === "status")).toMatchObject({ before: "IN_REVIEW", after: "CHANGES_REQUESTED" });
    expect(await db.review.count({ where: { claimId: claim.id } })).toBe(2);
  });

  it("a proposed change to an approved claim goes back to review and the editor sees the diff", async () => {
    const fc = await createActor("FACT_CHECKER");
    const editor = await createActor("EDITOR");
    const claim = await createTestClaim(fc, { complete: true, status: "IN_REVIEW" });
    const approved = await approveClaim({ actor: editor, claimId: claim.id, version: claim.version });
    const proposed = await proposeChange({ actor: fc, claimId: claim.id, note: "New NASA figure" });
    expect(proposed.status).toBe("IN_REVIEW");
    const edited = await updateClaim({ actor: fc, claimId: claim.id, input: { version: proposed.version, statement: "The ISS has been in orbit for 27 years" } });
    expect(edited.version).toBeGreaterThan(approved.version);
    const view = await getReviewView({ actor: editor, claimId: claim.id });
    expect(view.diff?.map((d) => d.field)).toEqual(["statement"]);
    expect(view.diff?.[0]?.parts.filter((p) => p.added).map((p) => p.value.trim())).toEqual(["27"]);
    // the approved version is kept until the editor approves again
    const row = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect((row.approvedSnapshot as { statement: string }).statement).toBe("The ISS has been in orbit for 25 years");
    expect((await approveClaim({ actor: editor, claimId: claim.id, version: view.version })).status).toBe("APPROVED");
  });

  it("an editor reopens an approved claim and a review with REOPEN is recorded", async () => {
    const fc = await createActor("FACT_CHECKER");
    const editor = await createActor("EDITOR");
    const claim = await createTestClaim(fc, { complete: true, status: "APPROVED" });
    expect((await reopenClaim({ actor: editor, claimId: claim.id, note: "Check the date" })).status).toBe("IN_REVIEW");
    expect(await db.review.findFirst({ where: { claimId: claim.id } })).toMatchObject({ decision: "REOPEN", note: "Check the date" });
    expect((await errorOf(reopenClaim({ actor: fc, claimId: claim.id }))).code).toBe("FORBIDDEN");
  });
});

describe("self-approval (setting off, the default)", () => {
  it("refuses an editor approving a claim they created, and changes nothing", async () => {
    const editor = await createActor("EDITOR");
    const claim = await createTestClaim(editor, { complete: true, status: "IN_REVIEW" });
    const before = await claimState(claim.id);
    expect((await errorOf(approveClaim({ actor: editor, claimId: claim.id, version: claim.version }))).code).toBe("FORBIDDEN");
    expect(await claimState(claim.id)).toEqual(before);
  });

  it("refuses an editor approving a claim assigned to them", async () => {
    const fc = await createActor("FACT_CHECKER");
    const editor = await createActor("EDITOR");
    const claim = await createTestClaim(fc, { complete: true, status: "IN_REVIEW", assigneeId: editor.id });
    expect((await errorOf(approveClaim({ actor: editor, claimId: claim.id, version: claim.version }))).code).toBe("FORBIDDEN");
  });

  it("refuses a fact-checker approving anything", async () => {
    const fc = await createActor("FACT_CHECKER");
    const other = await createActor("FACT_CHECKER");
    const claim = await createTestClaim(other, { complete: true, status: "IN_REVIEW" });
    expect((await errorOf(approveClaim({ actor: fc, claimId: claim.id, version: claim.version }))).code).toBe("FORBIDDEN");
  });
});
