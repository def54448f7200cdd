import type { Actor } from "@/lib/auth/actor";
import { getActor } from "@/lib/auth/get-actor";
import { AppError } from "@/lib/errors/app-error";
import { toErrorResponse } from "@/lib/errors/to-error-response";
import { readJson } from "@/lib/http/read-json";

type RouteContext<P> = { params: Promise<P> };

export type ApiRequest<P> = {
  request: Request;
  actor: Actor;
  params: P;
  /** the parsed JSON body (415/413/400 on bad bodies) */
  json: () => Promise<unknown>;
  /** query parameters as a plain object (first value of each) */
  query: Record<string, string>;
};

/**
 * Wraps an /api/v1 route: resolves the actor (401 with the JSON error body when there is
 * none), parses params and query, and maps every thrown error through the one mapper. A
 * handler returns a Response or plain data (sent as JSON, 200).
 */
export function apiHandler<P = Record<string, string>>(
  handler: (req: ApiRequest<P>) => Promise<Response | unknown>,
  opts: { status?: number } = {},
) {
  return async (request: Request, context: RouteContext<P>): Promise<Response> => {
    try {
      const actor = await getActor(request);
      if (!actor) throw new AppError("UNAUTHENTICATED", "Sign in or send an API token");
      const params = (await context?.params) ?? ({} as P);
      assertCleanParams(params as Record<string, unknown>);
      const url = new URL(request.url);
      const query: Record<string, string> = {};
      for (const [k, v] of url.searchParams) {
        if (v.includes("\u0000")) throw new AppError("INVALID_INPUT", `Invalid ${k}`, { fields: { [k]: "contains a NUL character" } });
        query[k] ??= v;
      }
      const result = await handler({ request, actor, params, query, json: () => readJson(request) });
      if (result instanceof Response) return result;
      return Response.json(result, { status: opts.status ?? 200 });
    } catch (e) {
      return toErrorResponse(e);
    }
  };
}

function assertCleanParams(params: Record<string, unknown>) {
  for (const [k, v] of Object.entries(params)) {
    if (typeof v === "string" && (v.length > 200 || /[\u0000-\u001f]/.test(v))) {
      throw new AppError("INVALID_INPUT", `Invalid ${k}`, { fields: { [k]: "is not a valid id" } });
    }
  }
}
