import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "@/lib/openapi/openapi-document";

const API_ROOT = path.resolve(__dirname, "../../../../app/api/v1");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

function findRouteFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return findRouteFiles(full);
    return e.name === "route.ts" ? [full] : [];
  });
}

/** "articles/[id]/export/route.ts" → "/articles/{id}/export" (route groups "(x)" dropped). */
function toOpenApiPath(file: string): string {
  const segments = path.relative(API_ROOT, path.dirname(file)).split(path.sep).filter((s) => s && !/^\(.*\)$/.test(s));
  return `/${segments.map((s) => s.replace(/^\[\.{0,3}(.+)\]$/, "{$1}")).join("/")}`;
}

/** The HTTP methods a route file exports: `export const GET =`, `export async function POST(`, `export { GET }`. */
function exportedMethods(source: string): string[] {
  return METHODS.filter((m) =>
    new RegExp(`export\\s+(const|let|async\\s+function|function)\\s+${m}\\b`).test(source) ||
    new RegExp(`export\\s*\\{[^}]*\\b${m}\\b[^}]*\\}`).test(source),
  );
}

function routeOperations(): string[] {
  return findRouteFiles(API_ROOT).flatMap((file) => exportedMethods(readFileSync(file, "utf8")).map((m) => `${m} ${toOpenApiPath(file)}`)).sort();
}

function documentedOperations(): string[] {
  const doc = buildOpenApiDocument() as { paths: Record<string, Record<string, unknown>> };
  return Object.entries(doc.paths)
    .flatMap(([p, item]) => Object.keys(item).filter((k) => METHODS.includes(k.toUpperCase() as never)).map((m) => `${m.toUpperCase()} ${p}`))
    .sort();
}

describe("OpenAPI document vs app/api/v1 route handlers", () => {
  it("finds the route files (the walk itself works)", () => {
    const ops = routeOperations();
    expect(ops).toContain("GET /articles/{id}/export");
    expect(ops).toContain("DELETE /tokens/{id}");
  });

  it("documents every exported handler", () => {
    const documented = new Set(documentedOperations());
    expect(routeOperations().filter((op) => !documented.has(op))).toEqual([]);
  });

  it("documents no operation that has no handler", () => {
    const routes = new Set(routeOperations());
    expect(documentedOperations().filter((op) => !routes.has(op))).toEqual([]);
  });

  it("declares the path parameters of every templated path and the shared error schema", () => {
    const doc = buildOpenApiDocument() as { openapi: string; paths: Record<string, Record<string, { parameters?: { name: string; in: string }[]; responses: Record<string, unknown> }>>; components: { securitySchemes: Record<string, unknown> } };
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.components.securitySchemes).sort()).toEqual(["bearerToken", "sessionCookie"]);
    for (const [p, item] of Object.entries(doc.paths)) {
      const names = [...p.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      for (const [method, operation] of Object.entries(item)) {
        const declared = (operation.parameters ?? []).filter((x) => x.in === "path").map((x) => x.name);
        expect(declared, `${method} ${p}`).toEqual(names);
        expect(Object.keys(operation.responses).length, `${method} ${p}`).toBeGreaterThan(0);
      }
    }
  });
});
