import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import pg from "pg";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { createClaim } from "@/lib/claim/create-claim";
import { createActor, createArticleWithText, expectAppError, ISS_TEXT } from "./workspace-fixtures";

// createClaim writes claim, anchor and audit event in one SQL statement guarded by the
// article's current revision: these check what it writes, and the 409 when a new revision
// commits while the claim waits for the article row.
describe("createClaim's write", () => {
  let checker: Actor;
  let other: pg.Client;
  beforeAll(async () => {
    checker = await createActor();
    other = new pg.Client({ connectionString: inject("databaseUrl") });
    await other.connect();
  });
  afterAll(async () => {
    await other.end();
  });

  it("inserts the claim, its CREATED anchor and the audit event (the returned claim as `after`), with cuid-shaped ids", async () => {
    const article = await createArticleWithText(checker, ISS_TEXT);
    const claim = await createClaim({ actor: checker, articleId: article.id, input: { selector: { exact: "25-year-old" }, statement: "S", kind: "QUANTITY_COUNT" } });
    expect(claim.id).toMatch(/^c[0-9a-z]{24}$/);
    const anchors = await db.claimAnchor.findMany({ where: { claimId: claim.id } });
    expect(anchors).toHaveLength(1);
    expect(anchors[0]).toMatchObject({ revisionId: claim.revisionId, outcome: "CREATED", exact: "25-year-old", start: claim.selector.start, end: claim.selector.end });
    expect(anchors[0]!.id).toMatch(/^c[0-9a-z]{24}$/);
    const events = await db.auditEvent.findMany({ where: { claimId: claim.id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "claim.create", entityType: "claim", entityId: claim.id, articleId: article.id, actorId: checker.id, before: null });
    expect(events[0]!.after).toEqual({ ...claim, changedFields: [] });
  });

  async function waitUntilBlocked() {
    for (let i = 0; i < 100; i++) {
      const { rows } = await other.query(`SELECT 1 FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%WITH article AS%'`);
      if (rows.length) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error("createClaim never waited for the article row");
  }

  /** Holds the article row as a new revision does (UPDATE of currentRevisionNo) while createClaim runs. */
  async function underConcurrentRevision(articleId: string, outcome: "COMMIT" | "ROLLBACK") {
    const locker = new pg.Client({ connectionString: inject("databaseUrl") });
    await locker.connect();
    try {
      await locker.query("BEGIN");
      await locker.query(`UPDATE "Article" SET "currentRevisionNo" = "currentRevisionNo" + 1 WHERE id = $1`, [articleId]);
      const pending = createClaim({ actor: checker, articleId, input: { selector: { exact: "25-year-old" } } }).then((c) => c, (e: unknown) => e);
      await waitUntilBlocked();
      await locker.query(outcome);
      return await pending;
    } finally {
      await locker.end();
    }
  }

  it("a new revision committed while the claim waits: 409 revision-changed, and nothing written", async () => {
    const article = await createArticleWithText(checker, ISS_TEXT);
    const result = await underConcurrentRevision(article.id, "COMMIT");
    const err = await expectAppError(async () => { throw result; });
    expect(err.status).toBe(409);
    expect(err.details).toMatchObject({ reason: "revision-changed" });
    expect(await db.claim.count({ where: { articleId: article.id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { articleId: article.id, action: "claim.create" } })).toBe(0);
  });

  it("a revision that rolls back instead: the claim is written once it gets the row", async () => {
    const article = await createArticleWithText(checker, ISS_TEXT);
    const result = await underConcurrentRevision(article.id, "ROLLBACK");
    expect(result).toMatchObject({ articleId: article.id, selector: { exact: "25-year-old" } });
    expect(await db.claim.count({ where: { articleId: article.id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { articleId: article.id, action: "claim.create" } })).toBe(1);
  });

  it("an unknown article is 404", async () => {
    const err = await expectAppError(() => createClaim({ actor: checker, articleId: "no-such-article", input: { selector: { exact: "x" } } }));
    expect(err.status).toBe(404);
  });
});
