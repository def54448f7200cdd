/** A readable one-line message for errors thrown by the schema engine (often plain objects). */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === "object" && error !== null) {
    const e = error as { message?: unknown; error_code?: unknown };
    if (typeof e.message === "string") return e.error_code ? `${e.error_code}: ${e.message}` : e.message;
    return JSON.stringify(error);
  }
  return String(error);
}
