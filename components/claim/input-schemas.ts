import { whenIdle } from "@/components/browser/when-idle";

/**
 * The zod schemas the research form checks input with before sending it (the server checks
 * again). zod and the schemas are ~110 kB of script that took ~40 ms to evaluate in the first
 * second of the workspace page; they are loaded when the form first validates, or when the
 * browser is idle after a form has shown (`warmInputSchemas`), so a first click on a claim
 * never waits for them.
 */
export function loadInputSchemas() {
  return import("@/components/claim/input-schemas-module");
}

/** Loads the schemas when the browser has nothing else to do (a failure is retried on use); returns a canceller. */
export function warmInputSchemas(): () => void {
  return whenIdle(() => void loadInputSchemas().catch(() => {}), 2000);
}
