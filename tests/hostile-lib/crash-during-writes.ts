import { request as pwRequest, expect } from "@playwright/test";
import bcrypt from "bcryptjs";
import pg from "pg";
import { randomBytes } from "node:crypto";
import { signInOverHttp } from "../e2e/fixtures";
import { freePort, startScratchServer, type ScratchServer } from "./scratch-server";
import { FIXTURE_TEXT } from "./claim-fixtures";

const WRITERS = 16;

/**
 * The crash scenario shared by the PostgreSQL and the embedded-database specs: `next start` on
 * `databaseUrl`, 16 concurrent writers creating claims; once 40 are acknowledged, `crash(server)`
 * kills what the deployment loses in a crash (kill -9), `restart()` brings the database back
 * and returns its URL; then a new server must show every acknowledged claim, each with its
 * anchor row and its audit event, and no claim half-written.
 */
export async function expectNoLossAcrossCrash(opts: {
  databaseUrl: string;
  crash: (server: ScratchServer) => Promise<void>;
  restart: () => Promise<string>;
}): Promise<void> {
  const secret = randomBytes(24).toString("hex");
  const email = `crash-${randomBytes(4).toString("hex")}@e2e.test`;
  const setup = new pg.Client({ connectionString: opts.databaseUrl });
  await setup.connect();
  await setup.query(`INSERT INTO "User" (id, email, name, "passwordHash", role, "updatedAt") VALUES ($1, $2, 'Crash writer', $3, 'FACT_CHECKER', now())`, [`crash${randomBytes(8).toString("hex")}`, email, bcrypt.hashSync("crash-password-1", 4)]);
  await setup.end();

  let server = await startScratchServer(opts.databaseUrl, await freePort(), secret);
  let db: pg.Pool | undefined;
  try {
    const api = await pwRequest.newContext({ baseURL: server.baseURL });
    await signInOverHttp(api, email, "crash-password-1");
    const art = await api.post("/api/v1/articles", { data: { title: "Crash test", text: FIXTURE_TEXT } });
    expect(art.status()).toBe(201);
    const articleId = ((await art.json()) as { id: string }).id;
    const cookie = (await api.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ");
    await api.dispose();

    // plain fetch: Playwright's request context would keep retrying the dead server
    const acked = new Set<string>();
    let stop = false;
    const writer = async (w: number) => {
      for (let n = 0; !stop; n++) {
        try {
          const res = await fetch(`${server.baseURL}/api/v1/articles/${articleId}/claims`, {
            method: "POST",
            headers: { "content-type": "application/json", cookie },
            body: JSON.stringify({ selector: { start: (w * 3 + n) % 60, end: ((w * 3 + n) % 60) + 5 }, statement: `writer ${w} claim ${n}` }),
          });
          if (res.status === 201) acked.add(((await res.json()) as { id: string }).id);
        } catch {
          return; // the server is gone
        }
      }
    };
    const running = Array.from({ length: WRITERS }, (_, w) => writer(w));
    while (acked.size < 40) await new Promise((r) => setTimeout(r, 20));
    await opts.crash(server);
    stop = true;
    await Promise.all(running);

    const url = await opts.restart();
    server = await startScratchServer(url, await freePort(), secret);
    db = new pg.Pool({ connectionString: url, max: 2 });
    const { rows: present } = await db.query(`SELECT id FROM "Claim" WHERE "articleId" = $1`, [articleId]);
    const ids = new Set(present.map((r: { id: string }) => r.id));
    const lost = [...acked].filter((id) => !ids.has(id));
    expect(lost, `acknowledged claims missing after the crash (${acked.size} acked)`).toEqual([]);
    const { rows: half } = await db.query(
      `SELECT c.id FROM "Claim" c
        WHERE c."articleId" = $1
          AND (NOT EXISTS (SELECT 1 FROM "ClaimAnchor" a WHERE a."claimId" = c.id)
            OR NOT EXISTS (SELECT 1 FROM "AuditEvent" e WHERE e."entityId" = c.id AND e.action = 'claim.create'))`,
      [articleId],
    );
    expect(half, "claims without their anchor row or audit event").toEqual([]);
    // the restarted server serves the same session and the acknowledged claims
    const after = await fetch(`${server.baseURL}/api/v1/articles/${articleId}/claims`, { headers: { cookie } });
    expect(after.status).toBe(200);
    const listed = ((await after.json()) as { claims: { id: string }[] }).claims.map((c) => c.id);
    expect([...acked].filter((id) => !listed.includes(id))).toEqual([]);
  } finally {
    await server.stop();
    await db?.end();
  }
}
