import type { MalformedCase, RouteRequest, RouteRule } from "./route-rules";

/** A malformed request sent as raw bytes (content type, size, encoding problems). */
export type RawCase = { name: string; field: string; status: readonly number[]; data: Buffer | string; contentType?: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Every leaf of a JSON value with its dotted path (`selector.start`, `sourceIds.0`). */
function leaves(value: unknown, path: string[] = []): { path: string[]; value: unknown }[] {
  if (isObject(value)) return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]));
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, [...path, String(i)]));
  return [{ path, value }];
}

function setPath(root: unknown, path: string[], value: unknown): unknown {
  const copy = structuredClone(root) as Record<string, unknown>;
  let node: Record<string, unknown> = copy;
  path.slice(0, -1).forEach((k) => (node = node[k] as Record<string, unknown>));
  node[path[path.length - 1]!] = value;
  return copy;
}

function wrongTypeFor(v: unknown): unknown {
  if (typeof v === "string") return 12345;
  if (typeof v === "number") return "12";
  if (typeof v === "boolean") return "true";
  return { nested: true };
}

/** Malformed JSON bodies derived from a valid one: wrong types, NULs, missing and unknown fields. */
export function derivedBodyCases(rule: RouteRule, valid: RouteRequest): MalformedCase[] {
  const body = valid.body;
  if (!isObject(body)) return [];
  const cases: MalformedCase[] = [{ name: "unknown field", field: "__hostile", body: { ...body, __hostile: "<script>" } }];
  for (const leaf of leaves(body)) {
    if (leaf.path.length === 0) continue;
    const field = leaf.path.join(".");
    cases.push({ name: `wrong type for ${field}`, field, body: setPath(body, leaf.path, wrongTypeFor(leaf.value)) });
    if (typeof leaf.value === "string") cases.push({ name: `NUL in ${field}`, field, body: setPath(body, leaf.path, `${leaf.value}\u0000x`) });
  }
  for (const key of rule.required ?? []) {
    const { [key]: _dropped, ...rest } = body;
    cases.push({ name: `missing ${key}`, field: key, body: rest });
  }
  return cases;
}

/** NUL characters in every query parameter of a valid request. */
export function derivedQueryCases(valid: RouteRequest): MalformedCase[] {
  return Object.keys(valid.query ?? {}).map((k) => ({ name: `NUL in ?${k}`, field: k, query: { ...valid.query, [k]: "1\u0000" } }));
}

/** Bodies broken below the JSON level; each must be refused naming `body` or the content type. */
export function rawBodyCases(valid: RouteRequest): RawCase[] {
  const json = JSON.stringify(valid.body ?? {});
  const firstString = leaves(valid.body).find((l) => typeof l.value === "string");
  const surrogate = firstString ? json.replace(JSON.stringify(firstString.value), '"\\ud800 lone"') : '{"x":"\\ud800"}';
  return [
    { name: "text/plain content type", field: "content-type", status: [415], data: json, contentType: "text/plain" },
    { name: "form content type", field: "content-type", status: [415], data: "a=1", contentType: "application/x-www-form-urlencoded" },
    { name: "body over 1 MB", field: "body", status: [413], data: JSON.stringify({ ...(valid.body as object), pad: "x".repeat(1_100_000) }), contentType: "application/json" },
    { name: "invalid UTF-8", field: "body", status: [400], data: Buffer.concat([Buffer.from('{"title":"'), Buffer.from([0xc3, 0x28, 0xff, 0xfe]), Buffer.from('"}')]), contentType: "application/json" },
    { name: "lone surrogate", field: "body", status: [400], data: surrogate, contentType: "application/json" },
    { name: "truncated JSON", field: "body", status: [400], data: json.slice(0, -1), contentType: "application/json" },
    { name: "JSON array", field: "body", status: [400], data: "[1,2]", contentType: "application/json" },
    { name: "JSON null", field: "body", status: [400], data: "null", contentType: "application/json" },
  ];
}
