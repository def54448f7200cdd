import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

export const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** One exported handler of an /api/v1 route file, e.g. `POST /api/v1/claims/[id]/submit`. */
export type DiscoveredRoute = { method: HttpMethod; pattern: string; file: string };

/** `METHOD pattern` — the key the rule table uses. */
export const routeKey = (r: { method: string; pattern: string }): string => `${r.method} ${r.pattern}`;

/**
 * Walks app/api/v1 for route.ts files and reads which HTTP methods each exports, so a route
 * added by anyone shows up in the hostile tests without editing them. Route groups `(x)` are
 * dropped from the URL as Next.js does.
 */
export function discoverRoutes(root: string = process.cwd()): DiscoveredRoute[] {
  const base = path.join(root, "app", "api", "v1");
  const out: DiscoveredRoute[] = [];
  for (const file of walk(base)) {
    if (!/^route\.(ts|tsx|js|mjs)$/.test(path.basename(file))) continue;
    const rel = path.relative(path.join(root, "app"), path.dirname(file)).split(path.sep).filter((s) => !/^\(.*\)$/.test(s));
    const pattern = `/${rel.join("/")}`;
    for (const method of exportedMethods(readFileSync(file, "utf8"))) out.push({ method, pattern, file: path.relative(root, file) });
  }
  return out.sort((a, b) => routeKey(a).localeCompare(routeKey(b)));
}

/** The HTTP methods a route module exports (`export const GET`, `export async function POST`, `export { GET }`). */
export function exportedMethods(source: string): HttpMethod[] {
  const found = new Set<HttpMethod>();
  const direct = /export\s+(?:const|let|var|(?:async\s+)?function)\s+(GET|POST|PUT|PATCH|DELETE)\b/g;
  for (const m of source.matchAll(direct)) found.add(m[1] as HttpMethod);
  for (const m of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const part of (m[1] ?? "").split(",")) {
      const name = part.trim().split(/\s+as\s+/).pop()?.trim();
      if (name && (HTTP_METHODS as readonly string[]).includes(name)) found.add(name as HttpMethod);
    }
  }
  return HTTP_METHODS.filter((m) => found.has(m));
}

/** Fills `[param]` segments of a pattern. */
export function fillPattern(pattern: string, params: Record<string, string>): string {
  return pattern.replace(/\[(\w+)\]/g, (_, name: string) => {
    const v = params[name];
    if (v === undefined) throw new Error(`no value for [${name}] in ${pattern}`);
    return encodeURIComponent(v);
  });
}

function walk(dir: string): string[] {
  const files: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) files.push(...walk(p));
    else files.push(p);
  }
  return files;
}
