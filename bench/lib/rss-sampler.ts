/** Samples a process tree's resident memory every `everyMs` until stopped; keeps the peak. */
import { readTreeRssKb } from "./read-tree-rss";

export function startRssSampler(pid: number, everyMs = 50) {
  let peakKb = readTreeRssKb(pid);
  const timer = setInterval(() => (peakKb = Math.max(peakKb, readTreeRssKb(pid))), everyMs);
  return {
    /** Stops sampling and returns the peak in kB (one last sample included). */
    stop(): number {
      clearInterval(timer);
      peakKb = Math.max(peakKb, readTreeRssKb(pid));
      return peakKb;
    },
  };
}
