#!/usr/bin/env node
// Run the external conformance checkers (W3C Web Annotation test-suite MUSTs, Google's
// ClaimReview rules + schema.org vocabulary) on export files. They live outside this repo
// (CI copies ../shared/conformance somewhere writable and runs `npm ci` there), so this
// script is for CI and developers, never part of `npm test`.
//
// Usage:
//   node scripts/check-conformance.mjs --conformance DIR [--w3c FILE] [--claimreview FILE] [--page-url URL]
//   node scripts/check-conformance.mjs --conformance DIR --fixture
//     (--fixture writes the unit-test fixture's exports to a temp folder and checks those)
// Exit: 0 = every checker passed; 1 = a checker failed; 2 = usage or setup error.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function parseArgs(argv) {
  const opts = { fixture: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--fixture") opts.fixture = true;
    else if (["--conformance", "--w3c", "--claimreview", "--page-url"].includes(arg) && argv[i + 1]) {
      opts[arg.slice(2).replace(/-(\w)/g, (_, c) => c.toUpperCase())] = argv[++i];
    } else usage(`unexpected argument: ${arg}`);
  }
  return opts;
}

function usage(message) {
  console.error(`${message}\nusage: node scripts/check-conformance.mjs --conformance DIR [--w3c FILE] [--claimreview FILE] [--page-url URL] [--fixture]`);
  process.exit(2);
}

function writeFixtureExports() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "factmark-conformance-"));
  const tsx = path.join(ROOT, "node_modules", ".bin", "tsx");
  const run = spawnSync(tsx, [path.join(ROOT, "tests/unit/lib/export/write-fixture-exports.ts"), dir], { cwd: ROOT, encoding: "utf8" });
  if (run.status !== 0) {
    console.error(run.stdout, run.stderr);
    process.exit(2);
  }
  return { w3c: path.join(dir, "w3c.jsonld"), claimreview: path.join(dir, "claimreview.jsonld") };
}

// Print the checker's summary; on failure its whole report, which names each failed assertion.
function runChecker(label, script, args) {
  const run = spawnSync(process.execPath, [script, ...args], { encoding: "utf8" });
  const output = `${run.stdout ?? ""}${run.stderr ?? ""}`;
  const summary = output.split("\n").filter((line) => line.startsWith("SUMMARY:")).join("\n") || "(no summary printed)";
  const ok = run.status === 0;
  if (!ok) console.log(output.trimEnd());
  console.log(`${ok ? "PASS" : "FAIL"} ${label} (exit ${run.status}): ${summary}`);
  return ok;
}

const opts = parseArgs(process.argv.slice(2));
if (!opts.conformance) usage("--conformance DIR is required");
const dir = path.resolve(opts.conformance);
for (const f of ["check-w3c.mjs", "check-claimreview.mjs", "node_modules"]) {
  if (!fs.existsSync(path.join(dir, f))) {
    console.error(`${path.join(dir, f)} is missing: copy the conformance folder somewhere writable and run \`npm ci\` in it.`);
    process.exit(2);
  }
}
const files = opts.fixture ? writeFixtureExports() : { w3c: opts.w3c, claimreview: opts.claimreview };
if (!files.w3c && !files.claimreview) usage("give --w3c FILE and/or --claimreview FILE, or --fixture");

const results = [];
if (files.w3c) results.push(runChecker(`W3C Web Annotation ${files.w3c}`, path.join(dir, "check-w3c.mjs"), ["--quiet", files.w3c]));
if (files.claimreview) {
  const extra = opts.pageUrl ? ["--page-url", opts.pageUrl] : [];
  results.push(runChecker(`ClaimReview ${files.claimreview}`, path.join(dir, "check-claimreview.mjs"), [...extra, files.claimreview]));
}
process.exit(results.every(Boolean) ? 0 : 1);
