// Creates and drops the per-run test database: a uniquely named database on DATABASE_URL's
// server when set, else an embedded PGlite in a temporary folder.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "../../../scripts/lib/embedded-postgres.mjs";

export type TestDatabase = { url: string; drop: () => Promise<void> };

async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

const STALE_MS = 6 * 60 * 60 * 1000;

/** Drops test databases of interrupted runs (teardown skipped), named factmark_test_<ms>_…, older than 6 h. */
async function dropStaleDatabases(serverUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE 'factmark\\_test\\_%'");
    for (const { datname } of rows) {
      const startedAt = Number(datname.split("_")[2]);
      if (startedAt && Date.now() - startedAt > STALE_MS) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
  } finally {
    await client.end();
  }
}

/** A fresh, empty database on the server of `serverUrl`; `drop()` removes it. */
export async function createServerDatabase(serverUrl: string): Promise<TestDatabase> {
  await dropStaleDatabases(serverUrl).catch(() => {}); // best effort: never block a run on cleanup
  const name = `factmark_test_${Date.now()}_${Math.random().toString(36).slice(2, 8)}`;
  await adminQuery(serverUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

/** An embedded PGlite on a temporary folder; `drop()` stops it and deletes the folder. */
export async function createEmbeddedDatabase(): Promise<TestDatabase> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "factmark-test-"));
  const server = await startEmbeddedPostgres({ dataDir: path.join(dir, "pglite") });
  return {
    url: server.url,
    drop: async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
