#!/usr/bin/env node
// npm start — from a fresh clone to a running Factmark: install, generate the Prisma client,
// choose the database (DATABASE_URL or the embedded PGlite), migrate, seed, build when the
// source changed, then `next start`. Each step says what it does; finished steps are skipped.
import { spawn } from "node:child_process";
import path from "node:path";
import * as steps from "./lib/start-steps.mjs";
import { serverNodeFlags } from "./lib/server-node-flags.mjs";

const { root } = steps;
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const t0 = Date.now();
const say = (message) => console.log(`\u25b8 ${message}${process.env.FACTMARK_START_TIMING ? ` (+${((Date.now() - t0) / 1000).toFixed(1)} s)` : ""}`);
let embedded = null;
let server = null;
let step = null; // the child of the step running now, stopped with us

/** Spawns in its own process group so stopping it also stops its workers (next build's). */
function spawnGroup(cmd, args, env) {
  return spawn(cmd, args, { cwd: root, env, stdio: "inherit", detached: process.platform !== "win32" });
}

/** Stops a child and its process group; resolves when it has exited. */
async function stopChild(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  try {
    process.kill(process.platform === "win32" ? child.pid : -child.pid, "SIGTERM");
  } catch {
    child.kill("SIGTERM");
  }
  await exited;
}

function run(cmd, args, env = process.env) {
  return new Promise((resolve, reject) => {
    const child = spawnGroup(cmd, args, env);
    step = child;
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      step = null;
      if (code === 0) resolve();
      else reject(new Error(`${path.basename(cmd)} ${args.join(" ")} failed (${signal ?? code})`));
    });
  });
}

let shuttingDown = false;
async function shutdown(code) {
  if (shuttingDown) return;
  shuttingDown = true;
  await stopChild(step);
  await stopChild(server);
  if (embedded) {
    say("Stopping the embedded database…");
    await embedded.stop();
  }
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

async function main() {
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  if (steps.needsInstall()) {
    say("Installing dependencies (npm ci)…");
    await run(npm, ["ci", "--no-audit", "--no-fund"]);
  } else say("Dependencies are installed.");
  if (steps.needsPrismaGenerate()) {
    say("Generating the Prisma client…");
    await run(process.execPath, [path.join(root, "scripts", "prisma-generate.mjs")]);
  }
  const secret = steps.resolveNextAuthSecret(process.env);
  if (!secret) throw new Error("NEXTAUTH_SECRET must be set in production (e.g. `openssl rand -base64 32`).");
  if (secret.generated) say("Generated a NEXTAUTH_SECRET for this machine (kept in .data/nextauth-secret).");
  const env = { ...process.env, NEXTAUTH_SECRET: secret.secret };
  if (process.env.DATABASE_URL) say("Using the PostgreSQL in DATABASE_URL.");
  else {
    say("Starting the embedded PostgreSQL (PGlite, data in .data/pglite)…");
    const { startEmbeddedPostgres } = await import("./lib/embedded-postgres.mjs");
    embedded = await startEmbeddedPostgres();
    Object.assign(env, { DATABASE_URL: embedded.url, FACTMARK_EMBEDDED: "1" });
  }
  say("Applying database migrations…");
  await run(bin("tsx"), [path.join(root, "scripts", "db-migrate.ts")], env);
  say("Seeding (demo data only into an empty demo database)…");
  await run(bin("tsx"), [path.join(root, "prisma", "seed.ts")], env);
  const hash = steps.sourceHash();
  if (steps.needsBuild(hash)) {
    say("Building the app (next build) — the first time takes a minute…");
    await run(bin("next"), ["build"], env);
    steps.recordBuild(hash);
  } else say("The build is up to date.");
  const port = process.env.PORT || "3000";
  say(`Starting Factmark on port ${port}…`);
  // node directly (not the .bin shim) so the server gets its V8 flags (scripts/lib/server-node-flags.mjs)
  const nextCli = path.join(root, "node_modules", "next", "dist", "bin", "next");
  const url = steps.resolveNextAuthUrl(process.env, port);
  server = spawnGroup(process.execPath, [...serverNodeFlags(), nextCli, "start", "-p", port], { ...env, NEXTAUTH_URL: url, NODE_ENV: "production" });
  server.on("exit", (code) => void shutdown(code ?? 0));
  console.log(`\n  Factmark is running: ${url}`);
  if (embedded || process.env.FACTMARK_DEMO === "1") {
    console.log("  Demo accounts (password \"factmark-demo\"):");
    for (const role of ["fact-checker", "editor", "exporter", "admin"]) console.log(`    ${role}@factmark.test`);
  }
  console.log("  Press Ctrl-C to stop.\n");
}

main().catch(async (error) => {
  if (shuttingDown) return; // a step stopped by Ctrl-C is not a failure
  console.error(`\nnpm start failed: ${error.message}`);
  await shutdown(1);
});
