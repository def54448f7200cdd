import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { createClaim } from "@/lib/claim/create-claim";
import { deleteClaim } from "@/lib/claim/delete-claim";
import { getArticle } from "@/lib/article/get-article";
import { createRevision } from "@/lib/revision/create-revision";
import { getRevision } from "@/lib/revision/get-revision";
import { listRevisions } from "@/lib/revision/list-revisions";
import { findQuoteChange } from "@/lib/revision/find-quote-change";
import { applyRevision } from "@/lib/revision/apply-revision";
import { createActor, createArticleWithText, expectAppError } from "../workspace/workspace-fixtures";
import { correctText, DELETED, loadReferenceArticle, MOVED, REWORDED } from "./correction-scenario";

const original = loadReferenceArticle();

/** The reference article with the three claims of the scenario; the reworded one approved. */
async function setUp(actor: Actor) {
  const article = await createArticleWithText(actor, original);
  const mark = (exact: string) => createClaim({ actor, articleId: article.id, input: { selector: { exact } } });
  const reworded = await mark(REWORDED.exact);
  const moved = await mark(MOVED.exact);
  const deleted = await mark(DELETED.exact);
  const snapshot = { version: 1, exact: REWORDED.exact, statement: "The ISS cost $100 billion" };
  await db.claim.update({ where: { id: reworded.id }, data: { status: "APPROVED", approvedAt: new Date(), approvedById: actor.id, approvedSnapshot: snapshot } });
  return { article, reworded, moved, deleted, snapshot };
}

describe("updating an article's text", () => {
  let checker: Actor;
  beforeAll(async () => {
    checker = await createActor("FACT_CHECKER");
  });

  it("re-anchors each claim: reworded → FUZZY and back in review, moved → MOVED, deleted → ORPHANED on its old revision", async () => {
    const { article, reworded, moved, deleted, snapshot } = await setUp(checker);
    const result = await createRevision({ actor: checker, articleId: article.id, input: { text: correctText(original), note: "Corrects the cost" } });
    expect(result.revision).toMatchObject({ number: 2, isCurrent: true, note: "Corrects the cost" });
    expect(result.summary).toEqual({ unchanged: 0, moved: 1, changed: 1, orphaned: 1, backToReview: 1 });
    const byId = new Map(result.claims.map((c) => [c.id, c]));
    expect(byId.get(reworded.id)).toMatchObject({ outcome: "FUZZY", oldExact: REWORDED.exact, newExact: REWORDED.newExact, previousStatus: "APPROVED", status: "IN_REVIEW" });
    expect(byId.get(moved.id)).toMatchObject({ outcome: "MOVED", oldExact: MOVED.exact, newExact: MOVED.exact });
    expect(byId.get(deleted.id)).toMatchObject({ outcome: "ORPHANED", newExact: null });

    const rows = new Map((await db.claim.findMany({ where: { articleId: article.id } })).map((c) => [c.id, c]));
    const rev2 = await db.articleRevision.findUniqueOrThrow({ where: { articleId_number: { articleId: article.id, number: 2 } } });
    const fuzzy = rows.get(reworded.id)!;
    expect(fuzzy).toMatchObject({ status: "IN_REVIEW", exact: REWORDED.newExact, revisionId: rev2.id, anchorOutcome: "FUZZY", version: reworded.version + 1 });
    expect(fuzzy.approvedSnapshot).toEqual(snapshot);
    expect(rev2.text.slice(fuzzy.start, fuzzy.end)).toBe(REWORDED.newExact);
    const movedRow = rows.get(moved.id)!;
    expect(movedRow).toMatchObject({ anchorOutcome: "MOVED", revisionId: rev2.id, exact: MOVED.exact, status: "DRAFT" });
    expect(movedRow.start).toBeGreaterThan(moved.selector.start);
    expect(rev2.text.slice(movedRow.start, movedRow.end)).toBe(MOVED.exact);
    // the orphan keeps its last good selector on revision 1
    expect(rows.get(deleted.id)).toMatchObject({ anchorOutcome: "ORPHANED", revisionId: article.revision.id, exact: DELETED.exact, start: deleted.selector.start });

    const anchors = await db.claimAnchor.findMany({ where: { claimId: { in: [reworded.id, moved.id, deleted.id] } }, include: { revision: true } });
    const outcomes = anchors.map((a) => `${a.revision.number}:${a.claimId === reworded.id ? "r" : a.claimId === moved.id ? "m" : "d"}:${a.outcome}`).sort();
    expect(outcomes).toEqual(["1:d:CREATED", "1:m:CREATED", "1:r:CREATED", "2:d:ORPHANED", "2:m:MOVED", "2:r:FUZZY"]);

    const events = await db.auditEvent.findMany({ where: { articleId: article.id, action: { in: ["revision.create", "claim.reanchor"] } } });
    expect(events.filter((e) => e.action === "revision.create")).toHaveLength(1);
    const reanchor = events.filter((e) => e.action === "claim.reanchor");
    expect(reanchor.map((e) => e.claimId).sort()).toEqual([reworded.id, moved.id, deleted.id].sort());
    expect(reanchor.find((e) => e.claimId === reworded.id)?.after).toMatchObject({ oldExact: REWORDED.exact, newExact: REWORDED.newExact, status: "IN_REVIEW", backToReview: true });

    expect(await findQuoteChange(reworded.id)).toMatchObject({ fromRevision: 1, toRevision: 2, oldExact: REWORDED.exact, newExact: REWORDED.newExact });
    expect(await findQuoteChange(moved.id)).toBeNull();
    // the editor reviewing the claim sent back by the correction sees its old and new words
    const editor = await createActor("EDITOR");
    const { getReviewView } = await import("@/lib/review/get-review-view");
    const view = await getReviewView({ actor: editor, claimId: reworded.id });
    expect(view.quoteChange).toMatchObject({ oldExact: REWORDED.exact, newExact: REWORDED.newExact });
    expect((await getReviewView({ actor: editor, claimId: moved.id })).quoteChange).toBeNull();
    const current = await getArticle({ actor: checker, articleId: article.id });
    expect(current.revision.number).toBe(2);
    expect(current.claims.find((c) => c.id === deleted.id)?.anchor.outcome).toBe("ORPHANED");
  });

  it("keeps every revision readable with the claims as anchored there", async () => {
    const { article, reworded, deleted } = await setUp(checker);
    await createRevision({ actor: checker, articleId: article.id, input: { text: correctText(original) } });
    const list = await listRevisions({ actor: checker, articleId: article.id });
    expect(list.revisions.map((r) => [r.number, r.isCurrent])).toEqual([[2, true], [1, false]]);
    const first = await getRevision({ actor: checker, articleId: article.id, number: 1 });
    expect(first.text).toBe(original);
    expect(first.claims.find((c) => c.id === reworded.id)?.selector.exact).toBe(REWORDED.exact);
    const second = await getRevision({ actor: checker, articleId: article.id, number: 2 });
    expect(second.claims.find((c) => c.id === reworded.id)).toMatchObject({ outcome: "FUZZY", selector: { exact: REWORDED.newExact } });
    expect(second.claims.find((c) => c.id === deleted.id)?.outcome).toBe("ORPHANED");
  });

  it("refuses a text identical to the current revision once normalised, and writes nothing", async () => {
    const { article } = await setUp(checker);
    const same = `  ${original.replace(/\n/g, "\r\n").replace(/ the /, "  the ")}\r\n`;
    const err = await expectAppError(() => createRevision({ actor: checker, articleId: article.id, input: { text: same } }));
    expect(err.code).toBe("UNPROCESSABLE");
    expect(err.fields).toHaveProperty("text");
    expect(await db.articleRevision.count({ where: { articleId: article.id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { articleId: article.id, action: "revision.create" } })).toBe(0);
  });

  it("refuses a revision computed against a stale current revision (concurrent update)", async () => {
    const { article } = await setUp(checker);
    await createRevision({ actor: checker, articleId: article.id, input: { text: correctText(original) } });
    const err = await expectAppError(() =>
      db.$transaction((tx) => applyRevision(tx, { actor: checker, articleId: article.id, fromNumber: 1, text: "Other text.", sha256: "x", sourceHtml: null, note: "", plans: [] })),
    );
    expect(err.code).toBe("CONFLICT");
    expect(await db.articleRevision.count({ where: { articleId: article.id } })).toBe(2);
  });

  it("lets the fact-checker re-attach an orphan on the new text, or delete it; refuses re-attaching a placed claim", async () => {
    const { reattachClaim } = await import("@/lib/revision/reattach-claim");
    const { article, moved, deleted } = await setUp(checker);
    await createRevision({ actor: checker, articleId: article.id, input: { text: correctText(original) } });
    const rev2 = await db.articleRevision.findUniqueOrThrow({ where: { articleId_number: { articleId: article.id, number: 2 } } });
    const claim = await reattachClaim({ actor: checker, claimId: deleted.id, input: { selector: { exact: "a partner on China’s moon program" } } });
    expect(claim).toMatchObject({ revisionId: rev2.id, anchor: { outcome: "REATTACHED" }, selector: { exact: "a partner on China’s moon program" } });
    expect(rev2.text.slice(claim.selector.start, claim.selector.end)).toBe("a partner on China’s moon program");
    const anchor = await db.claimAnchor.findUniqueOrThrow({ where: { claimId_revisionId: { claimId: deleted.id, revisionId: rev2.id } } });
    expect(anchor).toMatchObject({ outcome: "REATTACHED", exact: "a partner on China’s moon program" });
    expect(await db.auditEvent.count({ where: { claimId: deleted.id, action: "claim.reattach" } })).toBe(1);
    const refused = await expectAppError(() => reattachClaim({ actor: checker, claimId: moved.id, input: { selector: { start: 0, end: 10 } } }));
    expect(refused.code).toBe("UNPROCESSABLE");
    await deleteClaim({ actor: checker, claimId: deleted.id });
    expect(await db.claim.count({ where: { id: deleted.id } })).toBe(0);
  });

  it("gives an orphan another chance when a later revision restores its words", async () => {
    const { article, deleted } = await setUp(checker);
    await createRevision({ actor: checker, articleId: article.id, input: { text: correctText(original) } });
    const third = await createRevision({ actor: checker, articleId: article.id, input: { text: original } });
    expect(third.claims.find((c) => c.id === deleted.id)).toMatchObject({ outcome: "UNCHANGED", newExact: DELETED.exact });
    const row = await db.claim.findUniqueOrThrow({ where: { id: deleted.id } });
    expect(row.revisionId).toBe(third.revision.id);
  });

  it("is refused to an exporter and for a missing article", async () => {
    const exporter = await createActor("EXPORTER");
    const { article } = await setUp(checker);
    expect((await expectAppError(() => createRevision({ actor: exporter, articleId: article.id, input: { text: "New." } }))).code).toBe("FORBIDDEN");
    expect((await expectAppError(() => createRevision({ actor: checker, articleId: "nope", input: { text: "New." } }))).code).toBe("NOT_FOUND");
    expect((await expectAppError(() => createRevision({ actor: checker, articleId: article.id, input: { text: "a", html: "b" } }))).code).toBe("INVALID_INPUT");
  });
});
