import { test, expect, testDb } from "../fixtures";
import { sessionContext } from "../../hostile-lib/principals";
import { ClaimFixtures } from "../../hostile-lib/claim-fixtures";
import type { APIRequestContext } from "@playwright/test";

// Optimistic concurrency holds under real parallel requests: of concurrent writers on the
// same version exactly one wins, the others get 409, and workflow steps happen once.
test.describe("concurrent writers", () => {
  let fx: ClaimFixtures;
  let other: APIRequestContext;
  let editors: APIRequestContext[];
  const contexts: APIRequestContext[] = [];

  test.beforeAll(async ({}, info) => {
    const baseURL = String(info.project.use.baseURL);
    const [owner, reviewer, second, ...eds] = await Promise.all([
      sessionContext(baseURL, "FACT_CHECKER"),
      sessionContext(baseURL, "EDITOR"),
      sessionContext(baseURL, "FACT_CHECKER"),
      sessionContext(baseURL, "EDITOR"),
      sessionContext(baseURL, "EDITOR"),
    ]);
    fx = new ClaimFixtures(owner.ctx, reviewer.ctx);
    other = second.ctx;
    editors = eds.map((e) => e.ctx);
    contexts.push(owner.ctx, reviewer.ctx, second.ctx, ...editors);
  });
  test.afterAll(async () => {
    await Promise.all(contexts.map((c) => c.dispose().catch(() => undefined)));
  });

  test("two writers PATCH one claim with the same version: one 2xx, one 409, and the winner's text is stored", async () => {
    for (let round = 0; round < 3; round++) {
      const c = await fx.claim();
      const [a, b] = await Promise.all([
        fx.owner.patch(`/api/v1/claims/${c.id}`, { data: { version: c.version, statement: "Writer A" } }),
        other.patch(`/api/v1/claims/${c.id}`, { data: { version: c.version, statement: "Writer B" } }),
      ]);
      const statuses = [a.status(), b.status()].sort();
      expect(statuses, `round ${round}`).toEqual([200, 409]);
      const winner = a.status() === 200 ? "Writer A" : "Writer B";
      const loser = a.status() === 409 ? a : b;
      const conflict = (await loser.json()) as { error: { code: string; currentVersion?: number } };
      expect(conflict.error.code).toBe("CONFLICT");
      expect(conflict.error.currentVersion).toBe(c.version + 1);
      const { rows } = await testDb().query(`SELECT statement, version FROM "Claim" WHERE id = $1`, [c.id]);
      expect(rows[0]).toEqual({ statement: winner, version: c.version + 1 });
      const audit = await testDb().query(`SELECT count(*)::int AS n FROM "AuditEvent" WHERE "claimId" = $1 AND action = 'claim.update'`, [c.id]);
      expect(audit.rows[0].n).toBe(1);
    }
  });

  test("10 parallel submits of a ready claim: one 2xx, nine 409, one submit event; 10 parallel approvals: one Review", async () => {
    const c = await fx.readyClaim();
    const submits = await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? other : fx.owner).post(`/api/v1/claims/${c.id}/submit`)));
    const codes = submits.map((r) => r.status());
    expect(codes.filter((s) => s === 200), codes.join(",")).toHaveLength(1);
    expect(codes.filter((s) => s === 409), codes.join(",")).toHaveLength(9);
    const events = await testDb().query(`SELECT count(*)::int AS n FROM "AuditEvent" WHERE "claimId" = $1 AND action = 'claim.submit'`, [c.id]);
    expect(events.rows[0].n).toBe(1);
    const claim = await testDb().query(`SELECT status, version FROM "Claim" WHERE id = $1`, [c.id]);
    expect(claim.rows[0]).toEqual({ status: "IN_REVIEW", version: c.version + 1 });

    const approvals = await Promise.all(
      Array.from({ length: 10 }, (_, i) => editors[i % editors.length]!.post(`/api/v1/claims/${c.id}/approve`, { data: { version: c.version + 1 } })),
    );
    const acodes = approvals.map((r) => r.status());
    expect(acodes.filter((s) => s === 200), acodes.join(",")).toHaveLength(1);
    expect(acodes.every((s) => s === 200 || s === 409), acodes.join(",")).toBe(true);
    const reviews = await testDb().query(`SELECT count(*)::int AS n FROM "Review" WHERE "claimId" = $1`, [c.id]);
    expect(reviews.rows[0].n).toBe(1);
  });
});
