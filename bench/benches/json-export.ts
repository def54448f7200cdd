/**
 * Benchmark 4: the native JSON export of the 1,000-claim article over HTTP
 * (GET /api/v1/articles/{id}/export?format=json&status=all) and through the library call
 * in this process, against PostgreSQL's own json_agg of the same rows through `pg`.
 */
import pg from "pg";
import { getAnnotatedArticle } from "@/lib/export/get-annotated-article";
import { toNativeJson } from "@/lib/export/export-json";
import type { HttpSession } from "../lib/http-session";
import { median, ms, quantile, ratio, round, timeMs, type BenchRow } from "../lib/stats";
import { JSON_AGG_EXPORT_SQL } from "./json-agg-query";

const RUNS = Number(process.env.BENCH_EXPORT_RUNS ?? 15);

export async function runJsonExportBench(opts: { session: HttpSession; databaseUrl: string; articleId: string; userId: string }): Promise<BenchRow[]> {
  const { session, articleId } = opts;
  const client = new pg.Client({ connectionString: opts.databaseUrl });
  await client.connect();
  const actor = { id: opts.userId, email: "bench@factmark.test", name: "Bench Admin", role: "ADMIN" as const, via: "session" as const };
  let httpBytes = 0;
  let aggBytes = 0;
  let claims = 0;
  const viaHttp = async () => {
    const res = await session.get(`/api/v1/articles/${articleId}/export?format=json&status=all`);
    const body = await res.text();
    if (res.status !== 200) throw new Error(`export → HTTP ${res.status}: ${body.slice(0, 200)}`);
    httpBytes = Buffer.byteLength(body);
  };
  const viaLib = async () => {
    const doc = await getAnnotatedArticle({ actor, articleId, status: "all" });
    claims = doc.claims.length;
    return toNativeJson(doc);
  };
  const viaAgg = async () => {
    const { rows } = await client.query<{ doc: string }>(JSON_AGG_EXPORT_SQL, [articleId]);
    aggBytes = Buffer.byteLength(rows[0]?.doc ?? "");
  };
  try {
    for (let i = 0; i < 2; i++) { await viaHttp(); await viaLib(); await viaAgg(); } // warm-up
    const http: number[] = [];
    const lib: number[] = [];
    const agg: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      http.push(await timeMs(viaHttp));
      lib.push(await timeMs(viaLib));
      agg.push(await timeMs(viaAgg));
    }
    const r = median(http) / median(agg);
    return [{
      bench: "4. native JSON export (HTTP)",
      figure: `median ${ms(median(http))}, p95 ${ms(quantile(http, 0.95))} (${round(httpBytes / 1024)} kB, ${claims} claims)`,
      baseline: `json_agg median ${ms(median(agg))} (${round(aggBytes / 1024)} kB)`,
      ratio: ratio(median(http), median(agg)),
      target: "≤ 2×",
      met: r <= 2,
      notes: `library call getAnnotatedArticle + toNativeJson in-process: median ${ms(median(lib))} = ${ratio(median(lib), median(agg))} json_agg; ${RUNS} runs each`,
    }];
  } finally {
    await client.end();
  }
}
