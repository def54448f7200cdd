import { readdirSync, statSync } from "node:fs";
import path from "node:path";

/**
 * Every page route under app/ (route groups dropped), e.g. `/articles/[id]`, so the stored-XSS
 * spec visits pages added later without being edited.
 */
export function discoverPages(root: string = process.cwd()): string[] {
  const base = path.join(root, "app");
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = path.join(dir, name);
      if (statSync(p).isDirectory()) {
        if (name !== "api") walk(p);
      } else if (/^page\.(tsx|ts|jsx|js)$/.test(name)) {
        const segs = path.relative(base, dir).split(path.sep).filter((s) => s && !/^\(.*\)$/.test(s));
        out.push(`/${segs.join("/")}`);
      }
    }
  };
  walk(base);
  return out.sort();
}
