/**
 * Bulk NDJSON export benchmark (issues 5 and 8): seeds N approved claims (default 20,000;
 * `-- 100000` for the large run) into a fresh database, starts `next start` on it (needs a
 * prior `next build`), streams GET /api/v1/export with an export token, and prints the
 * throughput and the server's peak RSS against its RSS at rest. A benchmark, not a test.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/bulk-export.bench.ts [claims]
 *   (DATABASE_URL names the server; a database factmark_bench_<time> is created there and dropped.)
 */
import { spawn } from "node:child_process";
import net from "node:net";
import path from "node:path";
import pg from "pg";
import { applyMigrations } from "../scripts/lib/apply-migrations";
import { seedBulkExport } from "./lib/seed-bulk-export";
import { readTreeRssKb } from "./lib/read-tree-rss";
import { countNewlines, startRssSampler } from "./lib/rss-sampler";
import { serverNodeFlags } from "../scripts/lib/server-node-flags.mjs";

const ROOT = path.resolve(__dirname, "..");
const claims = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 20_000);
const serverUrl = process.env.DATABASE_URL;
if (!serverUrl) throw new Error("Set DATABASE_URL to a PostgreSQL server (a fresh database is created on it)");

const admin = async (sql: string) => {
  const c = new pg.Client({ connectionString: serverUrl });
  await c.connect();
  try { await c.query(sql); } finally { await c.end(); }
};
const freePort = () => new Promise<number>((resolve) => {
  const s = net.createServer().listen(0, "127.0.0.1", () => { const { port } = s.address() as net.AddressInfo; s.close(() => resolve(port)); });
});
const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;

async function main() {
  const name = `factmark_bench_${Date.now()}`;
  await admin(`CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl!);
  url.pathname = `/${name}`;
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, [...serverNodeFlags(), path.join(ROOT, "node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url.toString(), NEXTAUTH_URL: base, NEXTAUTH_SECRET: "bench-secret", NODE_ENV: "production" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  try {
    console.log(`database ${name}: migrating and seeding ${claims.toLocaleString("en")} claims…`);
    await applyMigrations(url.toString());
    let t = performance.now();
    const seed = await seedBulkExport(url.toString(), claims);
    console.log(`seeded ${seed.articles} articles / ${seed.claims} claims in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    for (let i = 0; ; i++) {
      if (i > 120) throw new Error("next start did not answer within 60 s (run `next build` first)");
      if (await fetch(`${base}/sign-in`).then((r) => r.ok, () => false)) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    const auth = { authorization: `Bearer ${seed.token}` };
    await (await fetch(`${base}/api/v1/export?since=2999-01-01`, { headers: auth })).text(); // warm the route
    await new Promise((r) => setTimeout(r, 1000));
    const rest = readTreeRssKb(server.pid!);
    const sampler = startRssSampler(server.pid!);
    t = performance.now();
    const res = await fetch(`${base}/api/v1/export?format=ndjson&status=approved`, { headers: auth });
    if (!res.ok || !res.body) throw new Error(`export failed: HTTP ${res.status} ${await res.text()}`);
    let bytes = 0, lines = 0, firstByteMs = 0;
    const reader = res.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (!firstByteMs) firstByteMs = performance.now() - t;
      bytes += value.byteLength;
      lines += countNewlines(value);
    }
    const seconds = (performance.now() - t) / 1000;
    const peak = sampler.stop();
    console.log(`total header ${res.headers.get("x-factmark-total-articles")}, received ${lines} articles, ${(bytes / 1024 / 1024).toFixed(1)} MB`);
    console.log(`time ${seconds.toFixed(2)} s (first byte ${firstByteMs.toFixed(0)} ms): ${(claims / seconds).toFixed(0)} claims/s, ${(lines / seconds).toFixed(0)} articles/s, ${(bytes / 1024 / 1024 / seconds).toFixed(1)} MB/s`);
    console.log(`server RSS at rest ${mb(rest)}, peak while streaming ${mb(peak)} (+${mb(peak - rest)}); body was ${(bytes / 1024 / 1024).toFixed(0)} MB`);
    if (lines !== seed.articles) process.exitCode = 1;
  } finally {
    server.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 1500));
    await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
}

main().then(() => process.exit(), (e) => { console.error(e); process.exit(1); });
