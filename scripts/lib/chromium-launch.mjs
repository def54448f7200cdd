// How the end-to-end tests (playwright.config.ts) and the browser benchmark
// (bench/benches/highlights-paint.ts) start Chromium: Debian's /usr/bin/chromium (or
// CHROMIUM_PATH), headless, with the same arguments, so the benchmark measures the browser
// the tests use.
import { existsSync } from "node:fs";

/**
 * Chromium's own browser UI is turned off: in its new headless mode every browser context
 * opens a window whose omnibox popup is a WebUI page (chrome://omnibox-popup.top-chrome), which
 * Chromium preloads in a renderer of its own. On a 2-CPU machine that renderer's scripts
 * (~370 ms of module evaluation per context, seen in a performance trace) competed with the page
 * under test; with it off, the workspace's highlight-clicked-to-research-form time fell from a
 * median of 1,448 ms to 877 ms for the same build (bench/README.md). A person's browser has
 * that UI already.
 */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--headless",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-features=PreloadTopChromeWebUI,WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup",
];

/** Debian's Chromium (or CHROMIUM_PATH); undefined falls back to Playwright's own browser. */
export function chromiumPath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));
}
