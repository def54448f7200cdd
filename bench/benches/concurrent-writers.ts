/**
 * Benchmark 5: 32 concurrent writers creating claims through POST /api/v1/articles/{id}/claims
 * (every request a different selector) against raw `pg` inserts of the same rows (claim, first
 * anchor, audit event in one transaction, as the app writes them) from 32 clients. Two phases:
 *
 * - closed loop (saturation): autocannon keeps all 32 connections busy; the raw baseline keeps
 *   32 clients busy. Gives the throughput ratio and the errors under overload. Its latencies
 *   are queueing (latency ≈ 32 / throughput in a closed loop), so they are reported, not judged.
 * - open loop (fixed arrival rate, `BENCH_WRITE_RATE` claims/s in total, default 32: each of
 *   the 32 writers sends one claim a second, faster than a person marks claims): request i is
 *   scheduled at start + i / rate, writer i % 32 sends it at that time or as soon as its
 *   previous request answered, and latency is measured from the SCHEDULED time, so a stalled
 *   server cannot hide its queue by slowing the senders (coordinated omission). The raw
 *   baseline runs the same schedule. The p99 target is judged here.
 */
import http from "node:http";
import autocannon from "autocannon";
import pg from "pg";
import { describeRange } from "@/lib/anchoring/describe-range";
import { createCodePointIndex } from "@/lib/text/code-point-index";
import type { HttpSession } from "../lib/http-session";
import { quantile, ratio, round, type BenchRow } from "../lib/stats";

const WRITERS = 32;
const REQUESTS = Number(process.env.BENCH_WRITES ?? 1000);
/** claims per second, all writers together, in the open-loop phase (see bench/README.md) */
const RATE = Number(process.env.BENCH_WRITE_RATE ?? 32);
const OPEN_SECONDS = Number(process.env.BENCH_WRITE_SECONDS ?? 30);
const TIMEOUT_MS = 30_000;
/**
 * Requests sent before measuring: a fresh `next start` compiles the route's modules and the
 * JIT warms up over the first few hundred requests (64 left the first measured second at
 * about half the steady rate); the benchmark compares sustained rates.
 */
const WARM_UP = Number(process.env.BENCH_WRITE_WARMUP ?? 500);
/**
 * Both phases alternate app and baseline in this many slices (app, raw, app, raw, …), so the
 * background load of a shared machine falls on both alike rather than on whichever ran
 * during a spike.
 */
const SLICES = Number(process.env.BENCH_WRITE_SLICES ?? 4);

type Span = { start: number; end: number };

/** `count` distinct, non-blank spans of `text` (code points), spread over the whole article. */
function makeSpans(text: string, count: number, salt: number): Span[] {
  const length = createCodePointIndex(text).length;
  return Array.from({ length: count }, (_, i) => {
    const start = ((i * 7919 + salt * 104729) % (length - 80)) + 1;
    return { start, end: start + 12 + (i % 40) };
  });
}

async function runAutocannon(session: HttpSession, articleId: string, spans: Span[]) {
  let next = 0;
  return autocannon({
    url: `${session.baseUrl}/api/v1/articles/${articleId}/claims`,
    connections: WRITERS,
    amount: spans.length,
    timeout: TIMEOUT_MS / 1000,
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

type OpenLoopResult = { latencies: number[]; errors: number; statuses: Record<string, number>; wallMs: number };

/**
 * Runs `count` operations on a fixed schedule (operation i due at start + i / rate) with
 * `WRITERS` writers, writer w doing operations w, w + WRITERS, …, one at a time. Latency is
 * from the scheduled time to completion (includes any wait for the writer's previous one).
 */
async function openLoop(count: number, rate: number, op: (writer: number, i: number) => Promise<string>): Promise<OpenLoopResult> {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let errors = 0;
  const start = performance.now() + 50;
  await Promise.all(Array.from({ length: WRITERS }, async (_, w) => {
    for (let i = w; i < count; i += WRITERS) {
      const due = start + (i * 1000) / rate;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      let status: string;
      try {
        status = await op(w, i);
      } catch (e) {
        status = e instanceof Error ? e.message.slice(0, 40) : "error";
      }
      latencies.push(performance.now() - due);
      statuses[status] = (statuses[status] ?? 0) + 1;
      if (!/^2\d\d$/.test(status)) errors++;
    }
  }));
  return { latencies, errors, statuses, wallMs: performance.now() - start };
}

/** POSTs one claim per scheduled slot over 32 keep-alive connections (one per writer). */
async function runOpenLoopApp(session: HttpSession, articleId: string, spans: Span[]): Promise<OpenLoopResult> {
  const url = new URL(`${session.baseUrl}/api/v1/articles/${articleId}/claims`);
  const agents = Array.from({ length: WRITERS }, () => new http.Agent({ keepAlive: true, maxSockets: 1 }));
  try {
    return await openLoop(spans.length, RATE, (w, i) => new Promise<string>((resolve, reject) => {
      const body = JSON.stringify({ selector: spans[i], statement: `Open-loop claim ${i}` });
      const req = http.request(url, {
        method: "POST",
        agent: agents[w],
        timeout: TIMEOUT_MS,
        headers: { cookie: session.cookie, "content-type": "application/json", "content-length": Buffer.byteLength(body) },
      }, (res) => {
        res.resume();
        res.on("end", () => resolve(String(res.statusCode)));
        res.on("error", reject);
      });
      req.on("timeout", () => req.destroy(new Error("timeout")));
      req.on("error", reject);
      req.end(body);
    }));
  } finally {
    for (const a of agents) a.destroy();
  }
}

/** The rows the app writes for one claim, as one transaction of three inserts. */
async function insertRaw(c: pg.Client, o: { articleId: string; userId: string; text: string; index: ReturnType<typeof createCodePointIndex>; span: Span; i: number; tag: string }) {
  const sel = describeRange(o.text, o.span.start, o.span.end, { index: o.index });
  const id = `bench_${o.tag}_${o.i}_${Math.random().toString(36).slice(2, 8)}`;
  try {
    await c.query("BEGIN");
    await c.query(`INSERT INTO "Claim" (id, "articleId", "revisionId", exact, prefix, suffix, start, "end", statement, "createdById", "updatedAt")
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, now())`, [id, o.articleId, `${o.articleId}_r1`, sel.exact, sel.prefix, sel.suffix, sel.start, sel.end, `Raw claim ${o.i}`, o.userId]);
    await c.query(`INSERT INTO "ClaimAnchor" (id, "claimId", "revisionId", exact, prefix, suffix, start, "end", outcome)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'CREATED')`, [`${id}_a`, id, `${o.articleId}_r1`, sel.exact, sel.prefix, sel.suffix, sel.start, sel.end]);
    await c.query(`INSERT INTO "AuditEvent" ("actorId", action, "entityType", "entityId", "claimId", "articleId", after)
      VALUES ($1, 'claim.create', 'claim', $2, $2, $3, $4)`, [o.userId, id, o.articleId, JSON.stringify({ id, selector: sel })]);
    await c.query("COMMIT");
  } catch (e) {
    await c.query("ROLLBACK").catch(() => {});
    throw e;
  }
}

async function withClients<T>(databaseUrl: string, fn: (clients: pg.Client[]) => Promise<T>): Promise<T> {
  const clients = await Promise.all(Array.from({ length: WRITERS }, async () => {
    const c = new pg.Client({ connectionString: databaseUrl });
    await c.connect();
    return c;
  }));
  try {
    return await fn(clients);
  } finally {
    await Promise.all(clients.map((c) => c.end()));
  }
}

type RawTarget = { databaseUrl: string; articleId: string; userId: string; text: string };

/** Closed loop: 32 clients, each inserting the next claim as soon as its last one committed. */
async function runRawClosedLoop(t: RawTarget, spans: Span[]) {
  const index = createCodePointIndex(t.text);
  return withClients(t.databaseUrl, async (clients) => {
    const latencies: number[] = [];
    let next = 0;
    let errors = 0;
    const started = performance.now();
    await Promise.all(clients.map(async (c) => {
      for (let i = next++; i < spans.length; i = next++) {
        const t0 = performance.now();
        try {
          await insertRaw(c, { ...t, index, span: spans[i]!, i, tag: "raw" });
        } catch {
          errors++;
        }
        latencies.push(performance.now() - t0);
      }
    }));
    return { latencies, errors, wallMs: performance.now() - started };
  });
}

/** Open loop: the same schedule as the app's open-loop phase, 32 clients. */
async function runRawOpenLoop(t: RawTarget, spans: Span[]): Promise<OpenLoopResult> {
  const index = createCodePointIndex(t.text);
  return withClients(t.databaseUrl, (clients) => openLoop(spans.length, RATE, async (w, i) => {
    await insertRaw(clients[w]!, { ...t, index, span: spans[i]!, i, tag: "rawopen" });
    return "201";
  }));
}

const q = (values: number[], p: number) => round(quantile(values, p));

export async function runConcurrentWritersBench(opts: { session: HttpSession; databaseUrl: string; articleId: string; userId: string; text: string }): Promise<BenchRow[]> {
  const { session, databaseUrl, articleId, userId, text } = opts;
  const target: RawTarget = { databaseUrl, articleId, userId, text };
  const openCount = Math.max(WRITERS, Math.round(RATE * OPEN_SECONDS));
  await runAutocannon(session, articleId, makeSpans(text, WARM_UP, 1)); // warm-up: route modules, JIT, pools
  await runRawClosedLoop(target, makeSpans(text, WRITERS * 2, 6)); // and the baseline's connections and JIT
  // closed loop (saturation), then open loop (fixed arrival rate), each in alternating slices
  const appSpans = makeSpans(text, REQUESTS, 2);
  const rawSpans = makeSpans(text, REQUESTS, 3);
  const appOpenSpans = makeSpans(text, openCount, 4);
  const rawOpenSpans = makeSpans(text, openCount, 5);
  const app = { requests: 0, seconds: 0, errors: 0, p50: [] as number[], p99: [] as number[], rates: [] as number[], statuses: {} as Record<string, number> };
  const rawRates: number[] = [];
  const raw = { latencies: [] as number[], errors: 0, wallMs: 0 };
  const appOpen: OpenLoopResult = { latencies: [], errors: 0, statuses: {}, wallMs: 0 };
  const rawOpen: OpenLoopResult = { latencies: [], errors: 0, statuses: {}, wallMs: 0 };
  const slice = <T>(all: T[], k: number) => all.slice(Math.floor((k * all.length) / SLICES), Math.floor(((k + 1) * all.length) / SLICES));
  for (let k = 0; k < SLICES; k++) {
    const a = await runAutocannon(session, articleId, slice(appSpans, k));
    app.requests += a.requests.total;
    app.seconds += a.duration;
    app.errors += a.errors + a.timeouts + a.non2xx;
    app.p50.push(a.latency.p50);
    app.p99.push(a.latency.p99);
    app.rates.push(round(a.requests.total / (a.duration || 1)));
    for (const [code, v] of Object.entries(a.statusCodeStats ?? {})) app.statuses[code] = (app.statuses[code] ?? 0) + (v as { count: number }).count;
    const r = await runRawClosedLoop(target, slice(rawSpans, k));
    raw.latencies.push(...r.latencies);
    raw.errors += r.errors;
    raw.wallMs += r.wallMs;
    rawRates.push(round(r.latencies.length / (r.wallMs / 1000)));
  }
  for (let k = 0; k < SLICES; k++) {
    for (const [into, from] of [
      [appOpen, await runOpenLoopApp(session, articleId, slice(appOpenSpans, k))],
      [rawOpen, await runRawOpenLoop(target, slice(rawOpenSpans, k))],
    ] as const) {
      into.latencies.push(...from.latencies);
      into.errors += from.errors;
      into.wallMs += from.wallMs;
      for (const [code, n] of Object.entries(from.statuses)) into.statuses[code] = (into.statuses[code] ?? 0) + n;
    }
  }

  const appErrors = app.errors;
  const appRate = app.requests / (app.seconds || 1);
  const rawRate = raw.latencies.length / (raw.wallMs / 1000);
  const openP99 = quantile(appOpen.latencies, 0.99);
  const errors = appErrors + appOpen.errors;
  const met = openP99 <= 50 && errors === 0 && rawRate / appRate <= 3;
  return [{
    bench: "5. 32 concurrent writers (POST claims)",
    figure: `open loop ${RATE}/s: p50 ${q(appOpen.latencies, 0.5)} ms, p99 ${round(openP99)} ms, ${appOpen.errors} errors; `
      + `closed loop: ${round(appRate)} claims/s, p50 ${Math.max(...app.p50)} ms, p99 ${Math.max(...app.p99)} ms (worst slice), ${appErrors} errors`,
    baseline: `raw pg open loop ${RATE}/s: p50 ${q(rawOpen.latencies, 0.5)} ms, p99 ${q(rawOpen.latencies, 0.99)} ms, ${rawOpen.errors} errors; `
      + `closed loop: ${round(rawRate)} rows/s, p50 ${q(raw.latencies, 0.5)} ms, p99 ${q(raw.latencies, 0.99)} ms, ${raw.errors} errors`,
    ratio: `${ratio(rawRate, appRate)} (closed-loop throughput), ${ratio(openP99, quantile(rawOpen.latencies, 0.99))} (open-loop p99)`,
    target: "p99 ≤ 50 ms (open loop), 0 errors, ≤ 3× (throughput)",
    met,
    notes: `${WRITERS} writers; app and baseline alternate in ${SLICES} slices per phase. Open loop: ${appOpen.latencies.length} requests scheduled at ${RATE}/s over ${round(appOpen.wallMs / 1000)} s, `
      + `latency from the scheduled send time; status codes ${JSON.stringify(appOpen.statuses)}. `
      + `Closed loop: autocannon ${WRITERS} connections, ${REQUESTS} requests after ${WARM_UP} of warm-up; status codes ${JSON.stringify(app.statuses)}; per slice ${app.rates.join(", ")} claims/s vs ${rawRates.join(", ")} rows/s; `
      + `its latencies are queueing (≈ ${WRITERS} / throughput), the p99 target is judged on the open loop. `
      + `Baseline: ${WRITERS} pg clients, each claim + anchor + audit event in one transaction, same schedules.`,
  }];
}
