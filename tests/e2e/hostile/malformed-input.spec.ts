import { test, expect } from "../fixtures";
import { discoverRoutes, routeKey } from "../../hostile-lib/discover-routes";
import { RULES, type MalformedCase, type SharedFixtures } from "../../hostile-lib/route-rules";
import { sessionContext } from "../../hostile-lib/principals";
import { ClaimFixtures } from "../../hostile-lib/claim-fixtures";
import { createSharedFixtures } from "../../hostile-lib/shared-fixtures";
import { errorFields, sendRoute } from "../../hostile-lib/send-route";
import { derivedBodyCases, derivedQueryCases, rawBodyCases } from "../../hostile-lib/malformed-cases";
import { dbFingerprint } from "../../hostile-lib/db-fingerprint";
import type { APIRequestContext } from "@playwright/test";
import type { TestUser } from "../fixtures";

// Every route that takes a body or a query, fed malformed input by an ADMIN (so no 403 can
// hide a missing check): a 4xx naming the field, never a 5xx, and no row changed.
const DEFAULT_STATUS = [400, 422] as const;
const MAX_DERIVED = 16;

test.describe("malformed input", () => {
  let actor: { ctx: APIRequestContext; user: TestUser };
  let fx: ClaimFixtures;
  let shared: SharedFixtures;
  let cleanup: () => Promise<void>;

  test.beforeAll(async ({}, info) => {
    info.setTimeout(60_000);
    const baseURL = String(info.project.use.baseURL);
    actor = await sessionContext(baseURL, "ADMIN");
    const owner = await sessionContext(baseURL, "FACT_CHECKER");
    const reviewer = await sessionContext(baseURL, "EDITOR");
    fx = new ClaimFixtures(owner.ctx, reviewer.ctx);
    shared = await createSharedFixtures(fx);
    cleanup = async () => Promise.all([actor.ctx, owner.ctx, reviewer.ctx].map((c) => c.dispose())).then(() => undefined);
  });
  test.afterAll(async () => cleanup?.());

  for (const route of discoverRoutes()) {
    const key = routeKey(route);
    const rule = RULES[key];
    if (!rule) continue; // the authorization spec reports routes without rules
    const takesBody = route.method !== "GET" && route.method !== "DELETE";
    if (!takesBody && !rule.malformed) continue;
    test(key, async () => {
      const valid = await rule.prepare({ fx, shared, principal: "admin", self: actor.ctx, selfUser: actor.user });
      if (valid.body === undefined && !rule.malformed && derivedQueryCases(valid).length === 0) return;
      const scope = { articleIds: [...fx.articleIds], actorId: actor.user.id, userIds: [shared.spareUserId] };
      const before = await dbFingerprint(scope);
      const failures: string[] = [];
      const check = async (name: string, field: string, statuses: readonly number[], res: Awaited<ReturnType<typeof sendRoute>>) => {
        const fields = await errorFields(res);
        const ok = statuses.includes(res.status()) && (field === "" || field in fields);
        if (!ok) failures.push(`${name}: ${res.status()} fields=${JSON.stringify(fields)} (want ${statuses.join("/")} naming "${field}")`);
        expect.soft(res.status(), `${key} ${name} must not be a server error`).toBeLessThan(500);
      };
      const jsonCases: MalformedCase[] = [
        ...(valid.body !== undefined ? derivedBodyCases(rule, valid).slice(0, MAX_DERIVED) : []),
        ...derivedQueryCases(valid),
        ...(rule.malformed?.(valid) ?? []),
      ];
      for (const c of jsonCases) {
        const req = { params: valid.params, query: c.query ? { ...valid.query, ...c.query } : valid.query, body: c.body !== undefined ? c.body : valid.body };
        await check(c.name, c.field, c.status ?? DEFAULT_STATUS, await sendRoute(actor.ctx, route.method, route.pattern, req));
      }
      if (takesBody && valid.body !== undefined) {
        for (const c of rawBodyCases(valid)) {
          await check(c.name, c.field, c.status, await sendRoute(actor.ctx, route.method, route.pattern, valid, { data: c.data, contentType: c.contentType }));
        }
      }
      expect.soft(failures, `${key}: malformed requests not refused with a 4xx naming the field`).toEqual([]);
      expect(await dbFingerprint(scope), `${key}: rows changed by refused requests`).toEqual(before);
    });
  }
});
