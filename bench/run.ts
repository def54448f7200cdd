/**
 * `npm run bench`: every benchmark of issue 8 on a database it creates, each against a baseline
 * measured in the same run, printed as figure | baseline | ratio | target | MET/MISSED and
 * written to bench/RESULTS.md. Not part of `npm test`. See bench/README.md.
 *
 *   BENCH_ONLY=1,2,7   run only those benchmarks     BENCH_BULK_CLAIMS=N   bulk export size (100,000; 20,000 on PGlite)
 *   DATABASE_URL=...   use that PostgreSQL server    BENCH_SKIP_BUILD=1        use .next as it is
 */
import { existsSync, mkdirSync, readdirSync, rmdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { runReanchorBench } from "./reanchor.bench";
import { runBulkExportBench } from "./benches/bulk-export";
import { runConcurrentWritersBench } from "./benches/concurrent-writers";
import { runFirstLoadJsBench } from "./benches/first-load-js";
import { runHighlightsPaintBench } from "./benches/highlights-paint";
import { runJsonExportBench } from "./benches/json-export";
import { runPageResponseBench } from "./benches/page-response";
import { ensureBuild, startAppServer } from "./lib/app-server";
import { createBenchDatabase } from "./lib/bench-database";
import { signIn } from "./lib/http-session";
import { ARTICLES, BENCH_USER, seedBenchData } from "./lib/seed-bench-data";
import { printRow, ratio, type BenchRow } from "./lib/stats";
import { describeMachine, writeResults } from "./lib/write-results";

const ROOT = path.resolve(__dirname, "..");
const SERVER_URL = process.env.DATABASE_URL; // read once: the export benchmark points DATABASE_URL at the bench database
const only = new Set((process.env.BENCH_ONLY ?? "1,2,3,4,5,6,7").split(",").map((s) => s.trim()));
const rows: BenchRow[] = [];
const failures: string[] = [];

async function step(n: string, label: string, fn: () => Promise<BenchRow[]>): Promise<void> {
  if (!only.has(n)) return;
  console.log(`\n${n}. ${label}…`);
  try {
    for (const row of await fn()) {
      rows.push(row);
      printRow(row);
    }
  } catch (e) {
    const message = e instanceof Error ? e.message.split("\n")[0] : String(e);
    failures.push(`${n}. ${label}: ${message}`);
    console.error(`  ${n}. ${label} FAILED: ${e instanceof Error ? e.stack : e}`);
  }
}

async function reanchorRow(): Promise<BenchRow[]> {
  const { figures: f } = await runReanchorBench();
  return [{
    bench: "3. re-anchoring 1,000 claims after ~5% edits",
    figure: `${f.reanchorMs} ms (${f.correct}/${f.claims} correct, ${f.wrongMatches} wrong matches)`,
    baseline: `indexOf of every quote ${f.indexOfMs} ms`,
    ratio: ratio(f.reanchorMs, f.indexOfMs),
    target: "< 100 ms",
    met: f.reanchorMs < 100,
    notes: `${f.textKB} kB text, ${f.editedPercent}% edited; outcomes ${f.UNCHANGED} unchanged, ${f.MOVED} moved, ${f.FUZZY} fuzzy, ${f.ORPHANED} orphaned`,
  }];
}

/** The benchmarks that share one seeded database and one `next start`. */
async function runServerBenches(): Promise<string> {
  const database = await createBenchDatabase(ROOT, SERVER_URL);
  const publicDir = path.join(ROOT, "public");
  const hadPublic = existsSync(publicDir);
  const staticFile = path.join(publicDir, "bench-static.html");
  try {
    const seeded = await seedBenchData(database.url);
    console.log(`seeded ${seeded.claimCount} claims on a ${Math.round(seeded.text.length / 1000)} kB article (${database.kind})`);
    // Next lists public/ when it starts (contents are read per request): create the file first
    mkdirSync(publicDir, { recursive: true });
    writeFileSync(staticFile, "placeholder");
    const server = await startAppServer(ROOT, database.url);
    try {
      const session = await signIn(server.baseUrl, BENCH_USER.email, BENCH_USER.password);
      process.env.DATABASE_URL = database.url; // for the in-process library call of benchmark 4
      await step("7", "first-load JavaScript", () => runFirstLoadJsBench({ session, articleId: ARTICLES.full }));
      await step("1", "review page server response", () => runPageResponseBench({ session, articleId: ARTICLES.full, staticFile }));
      await step("2", "highlights painted and clickable", () => runHighlightsPaintBench({ session, fullId: ARTICLES.full, emptyId: ARTICLES.empty, claims: seeded.claimCount }));
      await step("4", "native JSON export vs json_agg", () => runJsonExportBench({ session, databaseUrl: database.url, articleId: ARTICLES.full, userId: BENCH_USER.id }));
      await step("5", "32 concurrent writers", () => runConcurrentWritersBench({ session, databaseUrl: database.url, articleId: ARTICLES.writes, userId: BENCH_USER.id, text: seeded.text }));
    } finally {
      await server.stop();
      // errors the server logged (e.g. the cause of a 5xx during the concurrent writers)
      if (server.logTail().trim()) console.log(`\nnext start stderr (last 4 kB):\n${server.logTail()}`);
    }
  } finally {
    if (only.has("4")) await (await import("@/lib/db")).getDb().$disconnect().catch(() => {});
    rmSync(staticFile, { force: true });
    if (!hadPublic && existsSync(publicDir) && readdirSync(publicDir).length === 0) rmdirSync(publicDir);
    await database.drop();
  }
  return database.kind;
}

/**
 * Claims for the bulk export: BENCH_BULK_CLAIMS, else 100,000 on a PostgreSQL server but
 * 20,000 on embedded PGlite, whose server dropped its connection while one transaction
 * seeded 100,000 claims with their verdicts, sources and reviews.
 */
function bulkClaims(): { claims: number; note?: string } {
  if (process.env.BENCH_BULK_CLAIMS) return { claims: Number(process.env.BENCH_BULK_CLAIMS) };
  if (SERVER_URL) return { claims: 100_000 };
  return { claims: 20_000, note: "bulk export on embedded PGlite: 20,000 claims by default (100,000 in one seeding transaction dropped PGlite's connection); set DATABASE_URL or BENCH_BULK_CLAIMS for 100,000" };
}

async function main(): Promise<void> {
  console.log("Factmark benchmarks (figures are noisy on a shared machine: compare ratios, not absolutes)");
  await step("3", "re-anchoring", reanchorRow);
  let dbKind = SERVER_URL ? "PostgreSQL server (DATABASE_URL)" : "embedded PGlite";
  if (["1", "2", "4", "5", "6", "7"].some((n) => only.has(n))) {
    try {
      console.log(`build: ${ensureBuild(ROOT)}`);
    } catch (e) {
      // without a build no server benchmark can run; still report what did run
      failures.push(`next build: ${e instanceof Error ? e.message : String(e)}`);
      for (const n of ["1", "2", "4", "5", "6", "7"]) only.delete(n);
    }
  }
  if (["1", "2", "4", "5", "7"].some((n) => only.has(n))) {
    try {
      dbKind = await runServerBenches();
    } catch (e) {
      failures.push(`setup: ${e instanceof Error ? e.message : String(e)}`);
      console.error(e);
    }
  }
  const bulk = bulkClaims();
  if (only.has("6") && bulk.note) console.log(`\n${bulk.note}`);
  await step("6", "bulk NDJSON export", async () =>
    (await runBulkExportBench(ROOT, SERVER_URL, bulk.claims)).map((row) => (bulk.note ? { ...row, notes: `${row.notes}; ${bulk.note}` } : row)));
  console.log("\nSummary:");
  for (const row of rows) printRow(row);
  for (const f of failures) console.log(`  FAILED ${f}`);
  writeResults(path.join(ROOT, "bench", "RESULTS.md"), rows, describeMachine(dbKind), failures);
  console.log("\nWritten to bench/RESULTS.md");
  process.exitCode = failures.length ? 1 : 0;
}

main().then(() => process.exit(), (e) => {
  console.error(e);
  process.exit(1);
});
