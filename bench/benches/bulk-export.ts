/**
 * Benchmark 6: bulk NDJSON export of BENCH_BULK_CLAIMS claims (default 100,000): throughput
 * and the server's peak RSS (the kernel's high-water mark of `next start`, plus any child process
 * sampled every 50 ms: bench/lib/rss-sampler.ts) against its RSS at
 * rest. Reuses the exports engineer's seed (bench/lib/seed-bulk-export.ts: 10 approved claims
 * per article with verdicts, sources and reviews, and an export token) on a second fresh
 * database and `next start`, so the 1,000-claim article of the other benchmarks is not in it.
 */
import { createBenchDatabase } from "../lib/bench-database";
import { startAppServer } from "../lib/app-server";
import { readTreeRssKb } from "../lib/read-tree-rss";
import { countNewlines, startRssSampler } from "../lib/rss-sampler";
import { seedBulkExport } from "../lib/seed-bulk-export";
import { round, type BenchRow } from "../lib/stats";

const CLAIMS = Number(process.env.BENCH_BULK_CLAIMS ?? 100_000);
const mb = (kb: number) => `${Math.round(kb / 1024)} MB`;

export async function runBulkExportBench(root: string, serverUrl: string | undefined, claims = CLAIMS): Promise<BenchRow[]> {
  const database = await createBenchDatabase(root, serverUrl);
  try {
    let t = performance.now();
    const seed = await seedBulkExport(database.url, claims);
    const seedSeconds = (performance.now() - t) / 1000;
    const server = await startAppServer(root, database.url);
    try {
      const auth = { authorization: `Bearer ${seed.token}` };
      await (await fetch(`${server.baseUrl}/api/v1/export?since=2999-01-01`, { headers: auth })).text(); // load the route
      await new Promise((r) => setTimeout(r, 1000));
      const restKb = readTreeRssKb(server.pid);
      const sampler = startRssSampler(server.pid);
      t = performance.now();
      const res = await fetch(`${server.baseUrl}/api/v1/export?format=ndjson&status=approved`, { headers: auth });
      if (!res.ok || !res.body) throw new Error(`bulk export → HTTP ${res.status}`);
      let bytes = 0;
      let lines = 0;
      let firstByteMs = 0;
      const reader = res.body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        firstByteMs ||= performance.now() - t;
        bytes += value.byteLength;
        lines += countNewlines(value);
      }
      const seconds = (performance.now() - t) / 1000;
      const peakKb = sampler.stop();
      if (lines !== seed.articles) throw new Error(`bulk export returned ${lines} of ${seed.articles} articles`);
      return [{
        bench: "6. bulk NDJSON export",
        figure: `peak server RSS ${mb(peakKb)}; ${round(seed.claims / seconds, 0)} claims/s, ${round(bytes / 1048576 / seconds)} MB/s (${seed.claims} claims, ${lines} articles, ${round(bytes / 1048576)} MB in ${round(seconds, 2)} s)`,
        baseline: `RSS at rest ${mb(restKb)}`,
        ratio: `${round(peakKb / restKb, 2)}× (+${mb(peakKb - restKb)})`,
        target: "peak < 200 MB",
        met: peakKb < 200 * 1024,
        notes: `first byte after ${Math.round(firstByteMs)} ms; seeding took ${round(seedSeconds)} s; peak: ${sampler.method}`,
      }];
    } finally {
      await server.stop();
    }
  } finally {
    await database.drop();
  }
}
