import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { createEmbeddedDatabase, type TestDatabase } from "./helpers/test-database";

// The embedded server multiplexes many connections over PGlite's single session. Large
// messages arrive in several TCP chunks; pglite-socket's own server let other connections'
// messages run in between ("portal does not exist", rows sent to the wrong client).
describe("embedded PostgreSQL under concurrent connections", () => {
  let database: TestDatabase;
  const clients: pg.Client[] = [];

  beforeAll(async () => {
    database = await createEmbeddedDatabase();
    for (let i = 0; i < 10; i++) {
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      clients.push(client);
    }
    await clients[0]!.query("CREATE TABLE counter (id int PRIMARY KEY, n int NOT NULL); INSERT INTO counter VALUES (1, 0)");
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.end()));
    await database?.drop();
  });

  it("answers each client its own rows for large parameterised queries", async () => {
    const results = await Promise.all(
      clients.map(async (client, i) => {
        const wrong: unknown[] = [];
        for (let k = 0; k < 8; k++) {
          const body = String(i).repeat(60_000 + k * 997);
          const r = await client.query("SELECT $1::int AS me, length($2::text) AS len", [i, body]);
          if (r.rows[0]?.me !== i || r.rows[0]?.len !== body.length) wrong.push(r.rows[0]);
        }
        return wrong;
      }),
    );
    expect(results.flat()).toEqual([]);
  });

  it("keeps transactions of different connections apart", async () => {
    await Promise.all(
      clients.map(async (client, i) => {
        for (let k = 0; k < 5; k++) {
          await client.query("BEGIN");
          const { rows } = await client.query("SELECT n FROM counter WHERE id = 1");
          await client.query("UPDATE counter SET n = $1 WHERE id = 1", [rows[0].n + 1]);
          await client.query(k % 2 && i % 2 ? "ROLLBACK" : "COMMIT");
        }
      }),
    );
    const { rows } = await clients[0]!.query("SELECT n FROM counter WHERE id = 1");
    expect(rows[0].n).toBe(10 * 5 - 5 * 2); // 5 odd clients roll back 2 of their 5 each
  });
});
