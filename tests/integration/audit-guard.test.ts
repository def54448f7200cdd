import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { inject } from "vitest";

// Talks SQL directly: the guard must hold for any client, not only for the app's code paths.
describe("AuditEvent is append-only at the database", () => {
  const client = new pg.Client({ connectionString: inject("databaseUrl") });
  let id: string;

  beforeAll(async () => {
    await client.connect();
    const inserted = await client.query<{ id: string }>(
      `INSERT INTO "AuditEvent" (action, "entityType", "entityId", after) VALUES ('test.created', 'claim', $1, '{"a":1}') RETURNING id`,
      [`audit-guard-${Date.now()}`],
    );
    id = inserted.rows[0]!.id;
  });
  afterAll(() => client.end());

  it("rejects UPDATE", async () => {
    await expect(client.query(`UPDATE "AuditEvent" SET action = 'tampered' WHERE id = $1`, [id])).rejects.toThrow(/append-only/);
    const row = await client.query(`SELECT action FROM "AuditEvent" WHERE id = $1`, [id]);
    expect(row.rows[0]?.action).toBe("test.created");
  });

  it("rejects DELETE", async () => {
    await expect(client.query(`DELETE FROM "AuditEvent" WHERE id = $1`, [id])).rejects.toThrow(/append-only/);
    const row = await client.query(`SELECT count(*)::int AS n FROM "AuditEvent" WHERE id = $1`, [id]);
    expect(row.rows[0]?.n).toBe(1);
  });

  it("rejects TRUNCATE", async () => {
    await expect(client.query(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/append-only/);
  });

  it("still accepts INSERT", async () => {
    const r = await client.query(`INSERT INTO "AuditEvent" (action, "entityType", "entityId") VALUES ('test.more', 'claim', 'x')`);
    expect(r.rowCount).toBe(1);
  });
});
