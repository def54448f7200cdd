import { AppError, isAppError } from "@/lib/errors/app-error";

export type ErrorBody = { error: { code: string; message: string; fields?: Record<string, string> } & Record<string, unknown> };
export type ErrorAnswer = { status: number; body: ErrorBody; headers?: Record<string, string> };

/** Seconds a client should wait before retrying a request the database could not take now. */
export const RETRY_AFTER_SECONDS = 1;

/** The one mapper from any thrown value to the JSON error contract and its status. */
export function toErrorBody(e: unknown): ErrorAnswer {
  if (isAppError(e)) {
    return {
      status: e.status,
      body: { error: { code: e.code, message: e.message, ...(e.fields ? { fields: e.fields } : {}), ...(e.details ?? {}) } },
    };
  }
  const busy = prismaBusyError(e);
  if (busy) return busy;
  const err = prismaKnownError(e);
  if (err) return toErrorBody(err);
  console.error("Unhandled error", e);
  return { status: 500, body: { error: { code: "INTERNAL", message: "Something went wrong on our side" } } };
}

export function toErrorResponse(e: unknown): Response {
  const { status, body, headers } = toErrorBody(e);
  return Response.json(body, { status, headers });
}

function prismaCode(e: unknown): unknown {
  if (typeof e !== "object" || e === null || !("code" in e)) return undefined;
  return (e as { code?: unknown }).code;
}

/**
 * Load, not a bug: P2028 (the transaction could not start or outlived its timeout — writers
 * queueing on a busy database) is 503, P2034 (write conflict / deadlock) is 409; both say
 * when to retry, and nothing was written.
 */
function prismaBusyError(e: unknown): ErrorAnswer | undefined {
  const code = prismaCode(e);
  const headers = { "Retry-After": String(RETRY_AFTER_SECONDS) };
  if (code === "P2028") {
    return { status: 503, headers, body: { error: { code: "UNAVAILABLE", message: "The database is busy; nothing was saved, please retry", retryAfter: RETRY_AFTER_SECONDS } } };
  }
  if (code === "P2034") {
    return { status: 409, headers, body: { error: { code: "CONFLICT", message: "Concurrent update, please retry", retryAfter: RETRY_AFTER_SECONDS } } };
  }
  return undefined;
}

function prismaKnownError(e: unknown): AppError | undefined {
  const code = prismaCode(e);
  if (code === "P2025") return new AppError("NOT_FOUND", "Not found");
  if (code === "P2002") return new AppError("CONFLICT", "Already exists");
  return undefined;
}
