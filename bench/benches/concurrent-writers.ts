/**
 * Benchmark 5: 32 concurrent writers creating claims through POST /api/v1/articles/{id}/claims
 * (autocannon, every request a different selector) against raw `pg` inserts of the same rows
 * (claim, first anchor, audit event in one transaction, as the app writes them) from 32 clients.
 */
import autocannon from "autocannon";
import pg from "pg";
import { describeRange } from "@/lib/anchoring/describe-range";
import { createCodePointIndex } from "@/lib/text/code-point-index";
import type { HttpSession } from "../lib/http-session";
import { quantile, ratio, round, type BenchRow } from "../lib/stats";

const WRITERS = 32;
const REQUESTS = Number(process.env.BENCH_WRITES ?? 1000);

/** `count` distinct, non-blank spans of `text` (code points), spread over the whole article. */
function makeSpans(text: string, count: number, salt: number) {
  const length = createCodePointIndex(text).length;
  return Array.from({ length: count }, (_, i) => {
    const start = ((i * 7919 + salt * 104729) % (length - 80)) + 1;
    return { start, end: start + 12 + (i % 40) };
  });
}

async function runAutocannon(session: HttpSession, articleId: string, spans: { start: number; end: number }[]) {
  let next = 0;
  return autocannon({
    url: `${session.baseUrl}/api/v1/articles/${articleId}/claims`,
    connections: WRITERS,
    amount: spans.length,
    timeout: 30,
    method: "POST",
    headers: { cookie: session.cookie, "content-type": "application/json" },
    requests: [{
      setupRequest: (req: Record<string, unknown>) => {
        const span = spans[next++ % spans.length];
        return { ...req, body: JSON.stringify({ selector: span, statement: `Concurrent claim ${next}` }) };
      },
    }],
  });
}

async function runRawInserts(databaseUrl: string, articleId: string, userId: string, text: string, spans: { start: number; end: number }[]) {
  const index = createCodePointIndex(text);
  const clients = await Promise.all(Array.from({ length: WRITERS }, async () => {
    const c = new pg.Client({ connectionString: databaseUrl });
    await c.connect();
    return c;
  }));
  const latencies: number[] = [];
  let next = 0;
  let errors = 0;
  const started = performance.now();
  await Promise.all(clients.map(async (c) => {
    for (let i = next++; i < spans.length; i = next++) {
      const span = spans[i];
      if (!span) break;
      const sel = describeRange(text, span.start, span.end, { index });
      const id = `bench_raw_${i}_${Math.random().toString(36).slice(2, 8)}`;
      const t0 = performance.now();
      try {
        await c.query("BEGIN");
        await c.query(`INSERT INTO "Claim" (id, "articleId", "revisionId", exact, prefix, suffix, start, "end", statement, "createdById", "updatedAt")
          VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, now())`, [id, articleId, `${articleId}_r1`, sel.exact, sel.prefix, sel.suffix, sel.start, sel.end, `Raw claim ${i}`, userId]);
        await c.query(`INSERT INTO "ClaimAnchor" (id, "claimId", "revisionId", exact, prefix, suffix, start, "end", outcome)
          VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'CREATED')`, [`${id}_a`, id, `${articleId}_r1`, sel.exact, sel.prefix, sel.suffix, sel.start, sel.end]);
        await c.query(`INSERT INTO "AuditEvent" ("actorId", action, "entityType", "entityId", "claimId", "articleId", after)
          VALUES ($1, 'claim.create', 'claim', $2, $2, $3, $4)`, [userId, id, articleId, JSON.stringify({ id, selector: sel })]);
        await c.query("COMMIT");
      } catch {
        errors++;
        await c.query("ROLLBACK").catch(() => {});
      }
      latencies.push(performance.now() - t0);
    }
  }));
  const wallMs = performance.now() - started;
  await Promise.all(clients.map((c) => c.end()));
  return { latencies, errors, wallMs };
}

export async function runConcurrentWritersBench(opts: { session: HttpSession; databaseUrl: string; articleId: string; userId: string; text: string }): Promise<BenchRow[]> {
  const { session, databaseUrl, articleId, userId, text } = opts;
  await runAutocannon(session, articleId, makeSpans(text, WRITERS * 2, 1)); // warm-up: JIT, pools
  const app = await runAutocannon(session, articleId, makeSpans(text, REQUESTS, 2));
  const raw = await runRawInserts(databaseUrl, articleId, userId, text, makeSpans(text, REQUESTS, 3));
  const appErrors = app.errors + app.timeouts + app.non2xx;
  const appRate = app.requests.total / (app.duration || 1);
  const rawRate = raw.latencies.length / (raw.wallMs / 1000);
  const p99 = app.latency.p99;
  return [{
    bench: "5. 32 concurrent writers (POST claims)",
    figure: `p50 ${app.latency.p50} ms, p99 ${p99} ms, ${appErrors} errors, ${round(appRate)} claims/s (${app.requests.total} requests)`,
    baseline: `raw pg p50 ${round(quantile(raw.latencies, 0.5))} ms, p99 ${round(quantile(raw.latencies, 0.99))} ms, ${raw.errors} errors, ${round(rawRate)} rows/s`,
    ratio: `${ratio(rawRate, appRate)} (throughput), ${ratio(app.latency.p50, quantile(raw.latencies, 0.5))} (p50)`,
    target: "p99 ≤ 50 ms, 0 errors, ≤ 3×",
    met: p99 <= 50 && appErrors === 0 && rawRate / appRate <= 3,
    notes: `autocannon ${WRITERS} connections, ${REQUESTS} requests; baseline = ${WRITERS} pg clients each inserting claim + anchor + audit event per transaction; status codes: ${JSON.stringify(app.statusCodeStats ?? {})}`,
  }];
}
