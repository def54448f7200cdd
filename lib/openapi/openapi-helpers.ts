// Small builders that keep the OpenAPI path files declarative: one call per operation.
export type JsonSchema = Record<string, unknown>;
export type Operation = Record<string, unknown>;
export type PathItem = Partial<Record<"get" | "post" | "put" | "patch" | "delete", Operation>>;

export const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });
export const str = (description?: string, extra: JsonSchema = {}): JsonSchema => ({ type: "string", ...(description ? { description } : {}), ...extra });
export const int = (description?: string, extra: JsonSchema = {}): JsonSchema => ({ type: "integer", ...(description ? { description } : {}), ...extra });
export const bool = (description?: string): JsonSchema => ({ type: "boolean", ...(description ? { description } : {}) });
export const arr = (items: JsonSchema): JsonSchema => ({ type: "array", items });
export const nullable = (schema: JsonSchema): JsonSchema => ({ oneOf: [schema, { type: "null" }] });
export const enumOf = (values: readonly string[], description?: string): JsonSchema => ({ type: "string", enum: [...values], ...(description ? { description } : {}) });

/** An object schema; `required` lists the mandatory keys. Extra properties stay allowed (DTOs grow). */
export function obj(properties: Record<string, JsonSchema>, required: string[] = []): JsonSchema {
  return { type: "object", properties, ...(required.length ? { required } : {}) };
}

const ERROR_TEXT: Record<number, string> = {
  400: "Invalid input; `error.fields` names each offending field",
  401: "Not signed in, or the API token is invalid, revoked or expired",
  403: "The role, or the token's scopes, do not allow this",
  404: "Not found (or not visible to you)",
  409: "Conflict: stale `version` or a state that forbids the change",
  413: "Body larger than 1 MB",
  415: "Body is not JSON",
  422: "Well-formed but not processable (e.g. missing requirements)",
};

type OpSpec = {
  summary: string;
  tag: string;
  description?: string;
  path?: string[];
  query?: Array<{ name: string; schema: JsonSchema; description?: string; required?: boolean }>;
  body?: JsonSchema;
  /** status → schema (JSON) or a full response object when `content` is given */
  ok?: { status?: number; schema?: JsonSchema; description?: string; content?: Record<string, unknown>; headers?: Record<string, unknown> };
  errors?: number[];
  /** public operations need no sign-in */
  public?: boolean;
};

/** One OpenAPI operation with the shared error responses and security. */
export function op(spec: OpSpec): Operation {
  const parameters = [
    ...(spec.path ?? []).map((name) => ({ name, in: "path", required: true, schema: { type: "string" } })),
    ...(spec.query ?? []).map((q) => ({ name: q.name, in: "query", required: q.required ?? false, schema: q.schema, ...(q.description ? { description: q.description } : {}) })),
  ];
  const ok = spec.ok ?? {};
  const status = String(ok.status ?? 200);
  const responses: Record<string, unknown> = {
    [status]: {
      description: ok.description ?? "OK",
      ...(ok.headers ? { headers: ok.headers } : {}),
      content: ok.content ?? { "application/json": { schema: ok.schema ?? { type: "object" } } },
    },
  };
  const errors = new Set(spec.public ? (spec.errors ?? []) : [401, ...(spec.errors ?? [])]);
  if (spec.body) [400, 413, 415].forEach((c) => errors.add(c));
  for (const code of [...errors].sort()) {
    responses[String(code)] = { description: ERROR_TEXT[code] ?? "Error", content: { "application/json": { schema: ref("Error") } } };
  }
  return {
    summary: spec.summary,
    tags: [spec.tag],
    ...(spec.description ? { description: spec.description } : {}),
    ...(parameters.length ? { parameters } : {}),
    ...(spec.body ? { requestBody: { required: true, content: { "application/json": { schema: spec.body } } } } : {}),
    responses,
    ...(spec.public ? { security: [] } : {}),
  };
}
