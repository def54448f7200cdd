/** Small statistics and the one line format every benchmark prints. */

/** The value at quantile `q` (0–1) of `values`, nearest-rank. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

export const median = (values: readonly number[]) => quantile(values, 0.5);

/** Milliseconds taken by `fn`. */
export async function timeMs(fn: () => Promise<unknown> | unknown): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/** Rounds to `digits` decimals (figures are noisy; more digits would be false precision). */
export function round(value: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/**
 * One row of RESULTS.md: a figure, the baseline measured in the same run, their ratio and the
 * target. `met` is decided by the benchmark (some targets are absolute, some are ratios).
 */
export type BenchRow = {
  bench: string;
  figure: string;
  baseline: string;
  ratio: string;
  target: string;
  met: boolean | null;
  notes?: string;
};

/** Prints a row the same way in every benchmark. */
export function printRow(row: BenchRow): void {
  const verdict = row.met === null ? "n/a" : row.met ? "MET" : "MISSED";
  console.log(`  ${row.bench}: ${row.figure} | baseline ${row.baseline} | ratio ${row.ratio} | target ${row.target} | ${verdict}`);
  if (row.notes) console.log(`    ${row.notes}`);
}

export const ms = (value: number) => `${round(value, value < 10 ? 2 : 1)} ms`;
export const ratio = (a: number, b: number) => (b > 0 ? `${round(a / b, 2)}×` : "n/a");
