/**
 * The app under test: `next build` when .next is missing or older than the sources, then
 * `next start` on a free port against the benchmark database. The server is started with
 * node directly (not npx) so its pid is the process whose memory the bulk export samples, and
 * with the V8 flags `npm start` gives it (scripts/lib/server-node-flags.mjs).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { serverNodeFlags } from "../../scripts/lib/server-node-flags.mjs";

const SOURCES = ["app", "components", "lib", "public", "proxy.ts", "next.config.js", "package-lock.json", "tsconfig.json"];

function newestMtime(p: string): number {
  if (!existsSync(p)) return 0;
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  if (p.endsWith(`${path.sep}generated`) || p.endsWith("node_modules")) return 0;
  let newest = 0;
  for (const name of readdirSync(p)) if (!name.startsWith("bench-")) newest = Math.max(newest, newestMtime(path.join(p, name)));
  return newest;
}

/** Why the build is needed ("missing", "stale") or null when .next is current. */
export function buildState(root: string): "missing" | "stale" | null {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!existsSync(buildId)) return "missing";
  const built = statSync(buildId).mtimeMs;
  return SOURCES.some((s) => newestMtime(path.join(root, s)) > built) ? "stale" : null;
}

/** Runs `next build` when needed (BENCH_SKIP_BUILD=1 skips it: measure whatever .next holds). */
export function ensureBuild(root: string): string {
  const state = buildState(root);
  if (!state) return "up to date";
  if (process.env.BENCH_SKIP_BUILD === "1") return `${state}, build skipped (BENCH_SKIP_BUILD=1)`;
  console.log(`.next is ${state}: running next build…`);
  const r = spawnSync(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], { cwd: root, stdio: "inherit" });
  if (r.status !== 0) throw new Error(`next build failed (exit ${r.status})`);
  return `rebuilt (was ${state})`;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      const port = typeof address === "object" && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export type AppServer = { baseUrl: string; pid: number; child: ChildProcess; stop: () => Promise<void>; /** the last 4 kB the server wrote to stderr */ logTail: () => string };

/** Starts `next start` and waits until /sign-in answers. */
export async function startAppServer(root: string, databaseUrl: string): Promise<AppServer> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [...serverNodeFlags(), path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: "bench-secret-not-for-production", NEXTAUTH_URL: baseUrl, NODE_ENV: "production", FACTMARK_DB_POOL_MAX: process.env.FACTMARK_DB_POOL_MAX ?? "10" },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (d) => (stderr = (stderr + d).slice(-4000)));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode}): ${stderr}`);
    try {
      const res = await fetch(`${baseUrl}/sign-in`);
      if (res.status < 500) break;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) throw new Error(`next start did not answer within 60 s: ${stderr}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  const stop = async () => {
    if (child.exitCode === null) child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    await exited;
    clearTimeout(timer);
  };
  return { baseUrl, pid: child.pid ?? 0, child, stop, logTail: () => stderr };
}
