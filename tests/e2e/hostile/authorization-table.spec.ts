import { test, expect } from "../fixtures";
import { discoverRoutes, routeKey } from "../../hostile-lib/discover-routes";
import { RULES, type SharedFixtures } from "../../hostile-lib/route-rules";
import { createPrincipals, sessionContext, PRINCIPALS, type PrincipalSet } from "../../hostile-lib/principals";
import { ClaimFixtures } from "../../hostile-lib/claim-fixtures";
import { createSharedFixtures } from "../../hostile-lib/shared-fixtures";
import { sendRoute, statusMatches } from "../../hostile-lib/send-route";

// Every /api/v1 route × every principal → the status the rule table expects. Routes are read
// from app/api/v1, so a route added without a rule fails here.
const routes = discoverRoutes();

test("every /api/v1 route has an authorization rule, and every rule a route", () => {
  const keys = new Set(routes.map(routeKey));
  const missing = [...keys].filter((k) => !RULES[k]);
  expect(missing, `routes without a rule in tests/hostile-lib/route-rules.ts`).toEqual([]);
  const stale = Object.keys(RULES).filter((k) => !keys.has(k));
  expect(stale, "rules for routes that no longer exist").toEqual([]);
  expect(routes.length).toBeGreaterThan(20);
});

test.describe("authorization table", () => {
  let principals: PrincipalSet;
  let fx: ClaimFixtures;
  let shared: SharedFixtures;
  let dispose: () => Promise<void>;

  test.beforeAll(async ({}, info) => {
    info.setTimeout(60_000);
    const baseURL = String(info.project.use.baseURL);
    principals = await createPrincipals(baseURL);
    const owner = await sessionContext(baseURL, "FACT_CHECKER");
    const reviewer = await sessionContext(baseURL, "EDITOR");
    fx = new ClaimFixtures(owner.ctx, reviewer.ctx);
    shared = await createSharedFixtures(fx);
    dispose = async () => {
      await principals.dispose();
      await owner.ctx.dispose();
      await reviewer.ctx.dispose();
    };
  });
  test.afterAll(async () => dispose?.());

  for (const route of routes) {
    const key = routeKey(route);
    const rule = RULES[key];
    if (!rule) continue; // reported by the test above
    test(key, async () => {
      const seen: string[] = [];
      // principals run side by side: each gets its own fixtures, so they cannot interfere
      await Promise.all(PRINCIPALS.map(async (principal) => {
        const req = await rule.prepare({ fx, shared, principal, self: principals.ctx[principal], selfUser: principals.user[principal] });
        const res = await sendRoute(principals.ctx[principal], route.method, route.pattern, req);
        const expected = rule.expect[principal];
        const ok = statusMatches(res.status(), expected);
        seen.push(`${principal}: ${res.status()}${ok ? "" : ` (expected ${JSON.stringify(expected)}) ${(await res.text()).slice(0, 200)}`}`);
        expect.soft(res.status(), `${key} as ${principal}`).toBeLessThan(500);
        expect.soft(ok, `${key} as ${principal} → ${res.status()}, expected ${JSON.stringify(expected)}`).toBe(true);
        // a refusal comes before validation: a garbage body must not turn 403 into 400
        if (expected === 403 && route.method !== "GET") {
          const garbage = await sendRoute(principals.ctx[principal], route.method, route.pattern, { ...req, body: { __hostile: [1, 2, 3] } });
          expect.soft(garbage.status(), `${key} as ${principal} with an invalid body must still be 403`).toBe(403);
        }
        if (expected === 401) {
          const body = (await res.json().catch(() => null)) as { error?: { code?: string } } | null;
          expect.soft(body?.error?.code, `${key} as ${principal}: JSON 401 body`).toBe("UNAUTHENTICATED");
        }
      }));
      test.info().annotations.push({ type: "statuses", description: seen.join("; ") });
    });
  }
});
