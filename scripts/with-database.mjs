#!/usr/bin/env node
// with-database.mjs CMD ARGS… — runs CMD with DATABASE_URL set. When the operator set it, that
// database is used as is; otherwise the embedded PostgreSQL (PGlite, data in .data/pglite)
// runs for the command's lifetime and stops after it.
import { spawn } from "node:child_process";
import { startEmbeddedPostgres } from "./lib/embedded-postgres.mjs";

const [cmd, ...args] = process.argv.slice(2);
if (!cmd) {
  console.error("Usage: node scripts/with-database.mjs CMD [ARGS…]");
  process.exit(2);
}

/** Runs CMD (found on PATH, including node_modules/.bin via npm) and resolves its exit code. */
function run(env) {
  const child = spawn(cmd, args, { stdio: "inherit", env, shell: process.platform === "win32" });
  const forward = (signal) => child.kill(signal);
  process.on("SIGINT", forward);
  process.on("SIGTERM", forward);
  return new Promise((resolve) => {
    child.on("error", (error) => {
      console.error(`Could not run ${cmd}: ${error.message}`);
      resolve(127);
    });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

if (process.env.DATABASE_URL) {
  process.exit(await run(process.env));
}

let embedded;
try {
  embedded = await startEmbeddedPostgres();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
const code = await run({ ...process.env, DATABASE_URL: embedded.url, FACTMARK_EMBEDDED: "1" });
await embedded.stop();
process.exit(code);
