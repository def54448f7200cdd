/**
 * Benchmark 1: server response time of the article workspace page (1,000 claims) against a
 * static file of the same byte size served by the same `next start` (public/bench-static.html,
 * created before the server started and filled here; Next reads public files per request).
 */
import { writeFileSync } from "node:fs";
import type { HttpSession } from "../lib/http-session";
import { median, ms, quantile, ratio, round, timeMs, type BenchRow } from "../lib/stats";

const RUNS = Number(process.env.BENCH_PAGE_RUNS ?? 30);

async function fetchBody(session: HttpSession, path: string, withCookie: boolean): Promise<string> {
  const res = withCookie ? await session.get(path) : await fetch(`${session.baseUrl}${path}`);
  const body = await res.text();
  if (res.status !== 200) throw new Error(`GET ${path} → HTTP ${res.status}`);
  return body;
}

/** Fills `staticFile` with as many bytes as the page, then times both alternately. */
export async function runPageResponseBench(opts: { session: HttpSession; articleId: string; staticFile: string }): Promise<BenchRow[]> {
  const { session, articleId, staticFile } = opts;
  const pagePath = `/articles/${articleId}`;
  const html = await fetchBody(session, pagePath, true);
  const size = Buffer.byteLength(html);
  // the inline scripts carry the RSC payload: the props (every claim's DTO) the client hydrates from
  const inlineBytes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].reduce((n, m) => n + Buffer.byteLength(m[1] ?? ""), 0);
  const filler = "<p>Static benchmark page of the same size as the workspace page.</p>\n";
  writeFileSync(staticFile, `<!doctype html><html><body>\n${filler.repeat(Math.ceil(size / filler.length))}`.slice(0, size));
  const staticPath = "/bench-static.html";
  const staticBody = await fetchBody(session, staticPath, false);
  for (let i = 0; i < 3; i++) await Promise.all([fetchBody(session, pagePath, true), fetchBody(session, staticPath, false)]).catch(() => {});
  const page: number[] = [];
  const plain: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    page.push(await timeMs(() => fetchBody(session, pagePath, true)));
    plain.push(await timeMs(() => fetchBody(session, staticPath, false)));
  }
  const r = median(page) / median(plain);
  return [{
    bench: "1. review page server response",
    figure: `median ${ms(median(page))}, p95 ${ms(quantile(page, 0.95))}`,
    baseline: `static page median ${ms(median(plain))}, p95 ${ms(quantile(plain, 0.95))}`,
    ratio: ratio(median(page), median(plain)),
    target: "≤ 2×",
    met: r <= 2,
    notes: `${RUNS} sequential requests each; page HTML ${round(size / 1024)} kB, of which inline RSC payload ${round(inlineBytes / 1024)} kB (static ${round(Buffer.byteLength(staticBody) / 1024)} kB)`,
  }];
}
