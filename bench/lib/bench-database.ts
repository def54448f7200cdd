/**
 * The benchmark's own database: a uniquely named database on DATABASE_URL's server when set
 * (dropped afterwards), else an embedded PGlite in a temporary folder (deleted afterwards).
 * Migrated with the project's own `scripts/db-migrate.ts`, as a user's clone would be.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "../../scripts/lib/embedded-postgres.mjs";

export type BenchDatabase = { url: string; kind: string; drop: () => Promise<void> };

async function adminQuery(serverUrl: string, sql: string): Promise<string> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ v?: string }>(sql);
    return rows[0]?.v ?? "";
  } finally {
    await client.end();
  }
}

/** Creates (and migrates) the benchmark database; `drop()` removes every trace of it. */
export async function createBenchDatabase(root: string, serverUrl = process.env.DATABASE_URL): Promise<BenchDatabase> {
  let db: BenchDatabase;
  if (serverUrl) {
    const name = `factmark_bench_${Date.now()}_${Math.random().toString(36).slice(2, 8)}`;
    const version = await adminQuery(serverUrl, "SELECT current_setting('server_version') AS v");
    await adminQuery(serverUrl, `CREATE DATABASE "${name}"`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    db = {
      url: url.toString(),
      kind: `PostgreSQL ${version} server (DATABASE_URL), database ${name}`,
      drop: async () => void (await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)),
    };
  } else {
    const dir = mkdtempSync(path.join(os.tmpdir(), "factmark-bench-"));
    // as many connections as the 32 writers plus the app's pool, so nobody is refused
    const server = await startEmbeddedPostgres({ dataDir: path.join(dir, "pglite"), maxConnections: 64 });
    db = {
      url: server.url,
      kind: "embedded PGlite (PostgreSQL in WebAssembly, one session multiplexed)",
      drop: async () => {
        await server.stop();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const migrate = spawnSync(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/db-migrate.ts"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: db.url },
    encoding: "utf8",
  });
  if (migrate.status !== 0) {
    await db.drop();
    throw new Error(`Migration failed:\n${migrate.stdout}${migrate.stderr}`);
  }
  return db;
}
