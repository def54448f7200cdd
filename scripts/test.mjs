#!/usr/bin/env node
// npm test: typecheck, unit tests, integration tests on a fresh database, end-to-end tests in
// Chromium against `next start` on another fresh database. Uses DATABASE_URL's server when set
// (creating and dropping its own databases), else embedded PGlite in temporary folders.
// Prints one closing line: "Total: N passed, N failed, N skipped".
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import net from "node:net";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { startEmbeddedPostgres } from "./lib/embedded-postgres.mjs";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
process.chdir(root);
const only = new Set(process.argv.slice(2)); // e.g. `npm test -- unit e2e`
const want = (step) => only.size === 0 || only.has(step);
const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];
mkdirSync("test-results", { recursive: true });

function run(cmd, args, env = process.env) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: "inherit", env });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    child.on("error", () => resolve(127));
  });
}
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const step = (title) => console.log(`\n=== ${title} ===`);

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

function addVitest(file, label, code) {
  const r = readJson(file);
  if (!r) {
    totals.failed += 1;
    failures.push(`${label}: no results (exit ${code})`);
    return;
  }
  totals.passed += r.numPassedTests ?? 0;
  totals.failed += r.numFailedTests ?? 0;
  totals.skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  if (r.numFailedTests || code !== 0) failures.push(`${label}: ${r.numFailedTests} failed (exit ${code})`);
}

async function freePort() {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** A fresh, migrated database for the e2e run; returns its URL and a cleanup. */
async function freshDatabase(label) {
  if (process.env.DATABASE_URL) {
    const name = `factmark_${label}_${randomBytes(4).toString("hex")}`;
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/${name}`;
    return {
      url: url.toString(),
      drop: async () => {
        const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await c.end();
      },
    };
  }
  const dir = mkdtempSync(path.join(tmpdir(), `factmark-${label}-`));
  const embedded = await startEmbeddedPostgres({ dataDir: path.join(dir, "pglite"), maxConnections: 32 });
  return { url: embedded.url, drop: async () => { await embedded.stop(); rmSync(dir, { recursive: true, force: true }); } };
}

if (want("typecheck")) {
  step("typecheck");
  const code = await run(bin("tsc"), ["--noEmit", "-p", "tsconfig.json"]);
  if (code === 0) totals.passed += 1;
  else { totals.failed += 1; failures.push("typecheck"); }
}

if (want("unit")) {
  step("unit tests (vitest)");
  const out = "test-results/unit.json";
  rmSync(out, { force: true });
  const code = await run(bin("vitest"), ["run", "--project", "unit", "--reporter=default", "--reporter=json", `--outputFile.json=${out}`]);
  addVitest(out, "unit", code);
}

if (want("integration")) {
  step("integration tests (vitest, real PostgreSQL)");
  const out = "test-results/integration.json";
  rmSync(out, { force: true });
  const code = await run(bin("vitest"), ["run", "--project", "integration", "--reporter=default", "--reporter=json", `--outputFile.json=${out}`]);
  addVitest(out, "integration", code);
}

if (want("e2e")) {
  step("end-to-end tests (Playwright, Chromium)");
  const database = await freshDatabase("e2e");
  try {
    const env = { ...process.env, DATABASE_URL: database.url, FACTMARK_DEMO: "1", NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? randomBytes(24).toString("hex") };
    let code = await run(bin("tsx"), ["scripts/db-migrate.ts"], env);
    if (code === 0) code = await run(bin("tsx"), ["prisma/seed.ts"], env);
    if (code === 0 && !process.env.FACTMARK_SKIP_BUILD) code = await run(bin("next"), ["build"], env);
    if (code !== 0) {
      totals.failed += 1;
      failures.push("e2e preparation (migrate/seed/build)");
    } else {
      const port = await freePort();
      const out = "test-results/e2e-results.json";
      rmSync(out, { force: true });
      const pwCode = await run(bin("playwright"), ["test"], { ...env, E2E_PORT: String(port) });
      const r = readJson(out);
      if (!r) { totals.failed += 1; failures.push(`e2e: no results (exit ${pwCode})`); }
      else {
        const s = r.stats ?? {};
        totals.passed += (s.expected ?? 0) + (s.flaky ?? 0);
        totals.failed += s.unexpected ?? 0;
        totals.skipped += s.skipped ?? 0;
        if (s.unexpected || pwCode !== 0) failures.push(`e2e: ${s.unexpected ?? "?"} failed (exit ${pwCode})`);
      }
    }
  } finally {
    await database.drop();
  }
}

console.log("");
if (failures.length) console.log(`Failed steps: ${failures.join("; ")}`);
console.log(`Total: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failures.length ? 1 : 0);
