import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Creates a fresh database on the PostgreSQL server of `serverUrl` (as scripts/test.mjs does)
 * and migrates it. Returns null when that server refuses CREATE DATABASE (e.g. embedded PGlite).
 */
export async function createScratchDatabase(serverUrl: string): Promise<{ url: string; drop: () => Promise<void> } | null> {
  const name = `factmark_crash_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  try {
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
  } catch {
    await admin.end().catch(() => undefined);
    return null;
  }
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const drop = async () => {
    const c = new pg.Client({ connectionString: serverUrl });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await c.end();
  };
  try {
    await migrateDatabase(url.toString());
  } catch (e) {
    await drop();
    throw e;
  }
  return { url: url.toString(), drop };
}

/** Applies the migrations to `databaseUrl` (scripts/db-migrate.ts) or throws. */
export async function migrateDatabase(databaseUrl: string): Promise<void> {
  const code = await run(process.execPath, [path.join("node_modules", "tsx", "dist", "cli.mjs"), "scripts/db-migrate.ts"], { ...process.env, DATABASE_URL: databaseUrl });
  if (code !== 0) throw new Error(`migrating ${databaseUrl} failed (exit ${code})`);
}

export type ScratchDatabase = { url: string; kill9: () => Promise<void>; stop: () => Promise<void> };

/**
 * The embedded database as `npm start` runs it (scripts/lib/pglite-server.mjs on `dataDir`),
 * in its own process group so a test can kill -9 it like a crash of the machine's process.
 */
export async function startScratchEmbeddedDatabase(dataDir: string): Promise<ScratchDatabase> {
  const child = spawn(process.execPath, [path.join("scripts", "lib", "pglite-server.mjs"), `--db=${dataDir}`, "--port=0"], {
    stdio: ["ignore", "pipe", "inherit"],
    detached: true,
  });
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  const signal = async (sig: NodeJS.Signals) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill(sig);
    await exited;
  };
  const port = await new Promise<number>((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (chunk) => {
      out += chunk;
      const match = /listening on [^:\s]+:(\d+)/.exec(out);
      if (match) resolve(Number(match[1]));
    });
    void exited.then(() => reject(new Error(`the embedded database on ${dataDir} exited before it was ready`)));
  });
  return { url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`, kill9: () => signal("SIGKILL"), stop: () => signal("SIGTERM") };
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { env, stdio: "ignore" });
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

export type ScratchServer = { baseURL: string; kill9: () => Promise<void>; stop: () => Promise<void> };

/** Starts `next start` (the existing build) in its own process group on `port` against `databaseUrl`. */
export async function startScratchServer(databaseUrl: string, port: number, secret: string): Promise<ScratchServer> {
  const baseURL = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(process.execPath, [path.join("node_modules", "next", "dist", "bin", "next"), "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: secret, NEXTAUTH_URL: baseURL, NODE_ENV: "production" },
    stdio: "ignore",
    detached: true, // its own process group, so kill -9 reaches every process it started and nothing else
  });
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  const killGroup = async (signal: NodeJS.Signals) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    try {
      process.kill(-child.pid!, signal);
    } catch {
      /* already gone */
    }
    await exited;
  };
  for (let i = 0; i < 300; i++) {
    try {
      const res = await fetch(`${baseURL}/sign-in`);
      if (res.status < 500) return { baseURL, kill9: () => killGroup("SIGKILL"), stop: () => killGroup("SIGTERM") };
    } catch {
      /* not up yet */
    }
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  await killGroup("SIGKILL");
  throw new Error(`next start on ${port} did not come up`);
}
