// Lifecycle of the embedded PostgreSQL (PGlite behind scripts/lib/pglite-server.mjs), shared
// by with-database.mjs, start.mjs and the integration-test setup.
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { waitForPostgres } from "./wait-for-postgres.mjs";

const serverScript = path.join(path.dirname(fileURLToPath(import.meta.url)), "pglite-server.mjs");

/** The default data folder of `npm start` (git-ignored). */
export const defaultDataDir = path.resolve(path.dirname(serverScript), "..", "..", ".data", "pglite");

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

/** One process owns a data folder: claim `<dataDir>.lock` or throw naming the owner. */
function claimDataDir(dataDir) {
  const lockFile = `${dataDir}.lock`;
  mkdirSync(path.dirname(lockFile), { recursive: true });
  try {
    writeFileSync(lockFile, String(process.pid), { flag: "wx" });
  } catch {
    const owner = Number(readFileSync(lockFile, "utf8").trim());
    if (owner && owner !== process.pid && isAlive(owner)) {
      throw new Error(
        `The embedded database in ${dataDir} is in use by process ${owner} (another \`npm start\`?). ` +
          "Stop that process first, or set DATABASE_URL to use a PostgreSQL server.",
      );
    }
    writeFileSync(lockFile, String(process.pid)); // stale lock of a process that died
  }
  return () => rmSync(lockFile, { force: true });
}

/**
 * Starts PGlite on `dataDir` on a free port and waits until it accepts connections.
 * @param {{ dataDir?: string, maxConnections?: number }} [options]
 * @returns {Promise<{ url: string, port: number, stop: () => Promise<void> }>}
 */
export async function startEmbeddedPostgres(options = {}) {
  const dataDir = options.dataDir ?? defaultDataDir;
  const release = claimDataDir(dataDir);
  const args = [serverScript, `--db=${dataDir}`, "--port=0", `--max-connections=${options.maxConnections ?? 32}`];
  const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "inherit", "ipc"] });
  const exited = new Promise((resolve) => child.once("exit", (code) => resolve(code)));
  let port;
  try {
    port = await new Promise((resolve, reject) => {
      let out = "";
      child.stdout.on("data", (chunk) => {
        out += chunk;
        const match = /listening on [^:\s]+:(\d+)/.exec(out);
        if (match) resolve(Number(match[1]));
      });
      exited.then((code) => reject(new Error(`The embedded database exited (code ${code}) before it was ready.`)));
    });
  } catch (error) {
    release();
    throw error;
  }
  const url = `postgres://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`;
  let stopped;
  const stop = () => {
    stopped ??= (async () => {
      if (child.exitCode === null) child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
      await exited;
      clearTimeout(timer);
      release();
    })();
    return stopped;
  };
  try {
    await waitForPostgres(url, 30_000);
  } catch (error) {
    await stop();
    throw error;
  }
  child.channel?.unref(); // the IPC channel only tells the server when we die
  return { url, port, stop };
}
