// The Node/V8 flags the production server (`next start`) runs with: used by `npm start`
// (scripts/start.mjs) and by the benchmarks' app server (bench/lib/app-server.ts), so the
// benchmarks measure the server the product runs.
import { spawnSync } from "node:child_process";

/**
 * --heap-growing-percent=50: after each full collection V8 lets the old generation grow to
 * 1.5× what survived instead of up to ~4× (its default under a high allocation rate). The
 * server's live heap is ~55 MB; streaming the bulk export (100,000 claims) allocates fast and
 * promotes short-lived Prisma rows, so by default the heap swelled to ~240 MB of garbage
 * between full collections (+170 MB RSS); with the flag it stays within ~+20 MB, for full
 * collections that take ~10–25 ms each on this small heap (bench/README.md, benchmark 6).
 */
export const SERVER_V8_FLAGS = ["--heap-growing-percent=50"];

/**
 * Extra flags for the server from FACTMARK_SERVER_NODE_FLAGS (space-separated), e.g. to fit a
 * 200 MB container at a cost in throughput (bench/README.md, benchmark 6):
 * `--v8-pool-size=1 --wasm-tiering-budget=18000000 --max-semi-space-size=4`.
 */
export function extraServerNodeFlags(env = process.env) {
  return (env.FACTMARK_SERVER_NODE_FLAGS ?? "").split(/\s+/).filter(Boolean);
}

/**
 * The flags this Node accepts (a V8 flag unknown to a future Node would stop it starting:
 * such a flag is left out, with a warning, rather than failing the start).
 */
export function serverNodeFlags(execPath = process.execPath, flags = [...SERVER_V8_FLAGS, ...extraServerNodeFlags()]) {
  return flags.filter((flag) => {
    const ok = spawnSync(execPath, [flag, "-e", ""], { stdio: "ignore" }).status === 0;
    if (!ok) console.warn(`factmark: this Node does not accept the server flag ${flag}; starting without it`);
    return ok;
  });
}
