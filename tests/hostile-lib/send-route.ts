import type { APIRequestContext, APIResponse } from "@playwright/test";
import { fillPattern } from "./discover-routes";
import type { RouteRequest } from "./route-rules";

/** Sends `req` to `METHOD pattern`: JSON when the request has a body, raw bytes when given. */
export async function sendRoute(
  ctx: APIRequestContext,
  method: string,
  pattern: string,
  req: RouteRequest,
  raw?: { data: Buffer | string; contentType?: string },
): Promise<APIResponse> {
  const url = fillPattern(pattern, req.params);
  const params = req.query;
  if (raw) {
    return ctx.fetch(url, { method, params, data: raw.data, headers: raw.contentType ? { "content-type": raw.contentType } : {}, failOnStatusCode: false, maxRedirects: 0 });
  }
  return ctx.fetch(url, { method, params, ...(req.body !== undefined ? { data: req.body } : {}), failOnStatusCode: false, maxRedirects: 0 });
}

/** The `error.fields` of an error response (empty when absent or not JSON). */
export async function errorFields(res: APIResponse): Promise<Record<string, string>> {
  try {
    const body = (await res.json()) as { error?: { fields?: Record<string, string> } };
    return body.error?.fields ?? {};
  } catch {
    return {};
  }
}

/** Whether `status` matches one expected status or any of several. */
export function statusMatches(status: number, expected: number | readonly number[]): boolean {
  return typeof expected === "number" ? status === expected : expected.includes(status);
}
