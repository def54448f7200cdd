/**
 * Benchmark 7: first-load JavaScript of the article workspace page, gzip-compressed, against a
 * minimal Next page (/sign-in): every <script src> of the server-rendered HTML, fetched, gzipped
 * (zlib, level 9) and summed. Inline scripts (the RSC payload) are counted separately.
 */
import { gzipSync } from "node:zlib";
import type { HttpSession } from "../lib/http-session";
import { ratio, round, type BenchRow } from "../lib/stats";

type Weight = { scripts: number; gzipBytes: number; rawBytes: number; inlineGzipBytes: number };

async function measure(session: HttpSession, path: string, signedIn: boolean): Promise<Weight> {
  const res = signedIn ? await session.get(path) : await fetch(`${session.baseUrl}${path}`);
  const html = await res.text();
  if (res.status !== 200) throw new Error(`GET ${path} → HTTP ${res.status}`);
  const srcs = [...new Set([...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]?.replace(/&amp;/g, "&") ?? ""))].filter(Boolean);
  let gzipBytes = 0;
  let rawBytes = 0;
  for (const src of srcs) {
    const js = Buffer.from(await (await fetch(new URL(src, session.baseUrl))).arrayBuffer());
    rawBytes += js.byteLength;
    gzipBytes += gzipSync(js, { level: 9 }).byteLength;
  }
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? "").join("");
  return { scripts: srcs.length, gzipBytes, rawBytes, inlineGzipBytes: gzipSync(inline, { level: 9 }).byteLength };
}

const kb = (b: number) => `${round(b / 1024)} kB`;

export async function runFirstLoadJsBench(opts: { session: HttpSession; articleId: string }): Promise<BenchRow[]> {
  const page = await measure(opts.session, `/articles/${opts.articleId}`, true);
  const minimal = await measure(opts.session, "/sign-in", false);
  const r = page.gzipBytes / minimal.gzipBytes;
  return [{
    bench: "7. first-load JavaScript (gzip)",
    figure: `${kb(page.gzipBytes)} in ${page.scripts} scripts (${kb(page.rawBytes)} raw)`,
    baseline: `/sign-in ${kb(minimal.gzipBytes)} in ${minimal.scripts} scripts`,
    ratio: ratio(page.gzipBytes, minimal.gzipBytes),
    target: "≤ 1.6×",
    met: r <= 1.6,
    notes: `inline scripts (RSC payload with the page's data), gzip: workspace ${kb(page.inlineGzipBytes)}, /sign-in ${kb(minimal.inlineGzipBytes)} — not counted in the figure`,
  }];
}
