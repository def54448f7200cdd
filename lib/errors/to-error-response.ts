import { AppError, isAppError } from "@/lib/errors/app-error";

export type ErrorBody = { error: { code: string; message: string; fields?: Record<string, string> } & Record<string, unknown> };

/** The one mapper from any thrown value to the JSON error contract and its status. */
export function toErrorBody(e: unknown): { status: number; body: ErrorBody } {
  if (isAppError(e)) {
    return {
      status: e.status,
      body: { error: { code: e.code, message: e.message, ...(e.fields ? { fields: e.fields } : {}), ...(e.details ?? {}) } },
    };
  }
  const err = prismaKnownError(e);
  if (err) return toErrorBody(err);
  console.error("Unhandled error", e);
  return { status: 500, body: { error: { code: "INTERNAL", message: "Something went wrong on our side" } } };
}

export function toErrorResponse(e: unknown): Response {
  const { status, body } = toErrorBody(e);
  return Response.json(body, { status });
}

function prismaKnownError(e: unknown): AppError | undefined {
  if (typeof e !== "object" || e === null || !("code" in e)) return undefined;
  const code = (e as { code?: unknown }).code;
  if (code === "P2025") return new AppError("NOT_FOUND", "Not found");
  if (code === "P2002") return new AppError("CONFLICT", "Already exists");
  if (code === "P2034") return new AppError("CONFLICT", "Concurrent update, please retry");
  return undefined;
}
