/**
 * Writes the latest figures into bench/RESULTS.md between the `bench:begin` / `bench:end`
 * markers, keeping the hand-written analysis around them.
 */
import { execSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import type { BenchRow } from "./stats";

const BEGIN = "<!-- bench:begin (written by `npm run bench`; edit outside these markers) -->";
const END = "<!-- bench:end -->";

/** Date, CPUs, memory, load and Node version: the figures mean little without them. */
export function describeMachine(dbKind: string): string[] {
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  const nproc = (() => { try { return execSync("nproc", { encoding: "utf8" }).trim(); } catch { return String(os.cpus().length); } })();
  const load = os.loadavg().map((l) => l.toFixed(2)).join(", ");
  return [
    `- Date: ${new Date().toISOString()}`,
    `- Machine: ${nproc} CPUs (nproc; ${cpu}), ${Math.round(os.totalmem() / 1024 ** 3)} GB memory, load average ${load} (1/5/15 min) at the end of the run`,
    `- Node ${process.version}, ${os.type()} ${os.release()}`,
    `- Database: ${dbKind}`,
  ];
}

const cell = (s: string) => s.replace(/\|/g, "\\|");

export function writeResults(file: string, rows: BenchRow[], machine: string[], failures: string[]): void {
  const table = [
    "| Benchmark | Figure | Baseline (same run) | Ratio | Target | Met? |",
    "|---|---|---|---|---|---|",
    ...rows.map((r) => `| ${cell(r.bench)} | ${cell(r.figure)} | ${cell(r.baseline)} | ${cell(r.ratio)} | ${cell(r.target)} | ${r.met === null ? "n/a" : r.met ? "MET" : "**MISSED**"} |`),
  ];
  const notes = rows.filter((r) => r.notes).map((r) => `- ${r.bench}: ${r.notes}`);
  const block = [BEGIN, "## Latest run", "", ...machine, "", ...table, "", "Details:", "", ...notes,
    ...(failures.length ? ["", "Benchmarks that failed to run:", "", ...failures.map((f) => `- ${f}`)] : []), END].join("\n");
  const old = existsSync(file) ? readFileSync(file, "utf8") : "# Benchmark results\n\n";
  const at = old.indexOf(BEGIN);
  const endAt = old.indexOf(END);
  const next = at >= 0 && endAt > at ? old.slice(0, at) + block + old.slice(endAt + END.length) : `${old.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, next);
}
