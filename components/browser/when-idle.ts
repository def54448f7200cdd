/**
 * Runs `fn` when the browser is idle (at most `timeout` ms later); returns a canceller.
 * Where `requestIdleCallback` is missing (Safari), runs it after a short timeout instead.
 */
export function whenIdle(fn: () => void, timeout: number): () => void {
  if (typeof window.requestIdleCallback === "function") {
    const id = window.requestIdleCallback(() => fn(), { timeout });
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(fn, 16);
  return () => window.clearTimeout(id);
}
