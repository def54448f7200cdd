import { readdirSync, readFileSync } from "node:fs";

function readStatus(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/status`, "utf8");
  } catch {
    return "";
  }
}

/**
 * Resident memory (VmRSS, kB) of a process and all its descendants, from /proc (Linux only).
 * `next start` may serve from a child process, so the whole tree is what the server costs.
 */
export function readTreeRssKb(rootPid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const ppid = Number(/^PPid:\s+(\d+)/m.exec(readStatus(Number(entry)))?.[1] ?? -1);
    children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
  }
  let total = 0;
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop()!;
    total += Number(/^VmRSS:\s+(\d+)/m.exec(readStatus(pid))?.[1] ?? 0);
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}
