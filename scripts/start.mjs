#!/usr/bin/env node
// npm start — from a fresh clone to a running Factmark: install, generate the Prisma client,
// choose the database (DATABASE_URL or the embedded PGlite), migrate, seed, build when the
// source changed, then `next start`. Each step says what it does; finished steps are skipped.
import { spawn } from "node:child_process";
import path from "node:path";
import * as steps from "./lib/start-steps.mjs";

const { root } = steps;
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const say = (message) => console.log(`\u25b8 ${message}`);
let embedded = null;
let server = null;

function run(cmd, args, env = process.env) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: root, env, stdio: "inherit" });
    child.on("error", reject);
    child.on("exit", (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${path.basename(cmd)} ${args.join(" ")} failed (${signal ?? code})`)),
    );
  });
}

async function shutdown(code) {
  if (server && server.exitCode === null) {
    server.kill("SIGTERM");
    await new Promise((r) => server.once("exit", r));
  }
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
  server = spawn(bin("next"), ["start", "-p", port], { cwd: root, env: { ...env, NODE_ENV: "production" }, stdio: "inherit" });
  server.on("exit", (code) => void shutdown(code ?? 0));
  console.log(`\n  Factmark is running: ${process.env.NEXTAUTH_URL || `http://localhost:${port}`}`);
  if (embedded || process.env.FACTMARK_DEMO === "1") {
    console.log("  Demo accounts (password \"factmark-demo\"):");
    for (const role of ["fact-checker", "editor", "exporter", "admin"]) console.log(`    ${role}@factmark.test`);
  }
  console.log("  Press Ctrl-C to stop.\n");
}

main().catch(async (error) => {
  console.error(`\nnpm start failed: ${error.message}`);
  await shutdown(1);
});
