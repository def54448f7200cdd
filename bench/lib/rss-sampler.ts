/**
 * The peak resident memory of a process tree while something runs. The root process's peak
 * comes from the kernel: writing "5" to /proc/<pid>/clear_refs resets its high-water mark
 * (VmHWM) to its current RSS, and VmHWM afterwards is the exact peak, however briefly it was
 * reached. Its descendants (none today: `next start` serves in-process) are sampled every
 * `everyMs`. Until 2026-12-04 only sampling was used, in the process that also reads the export
 * as fast as it can: its timer could be starved while buffered chunks kept the microtask queue
 * busy, and one run reported a peak equal to the rest.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { readTreeRssKb } from "./read-tree-rss";

function statusKb(pid: number, field: "VmRSS" | "VmHWM"): number {
  try {
    return Number(new RegExp(`^${field}:\\s+(\\d+)`, "m").exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** Resets the high-water mark of `pid` to its current RSS; false when the kernel refuses. */
function resetPeak(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, "5");
    return true;
  } catch {
    return false;
  }
}

export function startRssSampler(pid: number, everyMs = 50) {
  const exact = resetPeak(pid);
  let peakKb = readTreeRssKb(pid);
  const sample = () => (peakKb = Math.max(peakKb, readTreeRssKb(pid)));
  const timer = setInterval(sample, everyMs);
  return {
    /** How the root's peak was read: the kernel's high-water mark, or sampling only. */
    method: exact ? "kernel high-water mark (VmHWM) of the server process" : `sampled every ${everyMs} ms (clear_refs refused)`,
    /** Stops sampling and returns the peak in kB: the sampled tree peak or, when larger, the root's exact peak plus its descendants now. */
    stop(): number {
      clearInterval(timer);
      sample();
      if (!exact) return peakKb;
      const descendantsKb = readTreeRssKb(pid) - statusKb(pid, "VmRSS");
      return Math.max(peakKb, statusKb(pid, "VmHWM") + descendantsKb);
    },
  };
}

/** Newlines in a chunk, counted natively (a JS loop over every byte of 177 MB cost the reader seconds). */
export function countNewlines(chunk: Uint8Array): number {
  let n = 0;
  for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) n++;
  return n;
}
