export type AppErrorCode =
  | "NOT_FOUND"
  | "FORBIDDEN"
  | "INVALID_INPUT"
  | "CONFLICT"
  | "UNAUTHENTICATED"
  | "UNPROCESSABLE"
  | "PAYLOAD_TOO_LARGE"
  | "UNSUPPORTED_MEDIA_TYPE"
  | "TOO_MANY_REQUESTS";

/** Field name → reason, e.g. `{ "selector.end": "must be greater than start" }`. */
export type FieldErrors = Record<string, string>;

const STATUS: Record<AppErrorCode, number> = {
  INVALID_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UNPROCESSABLE: 422,
  TOO_MANY_REQUESTS: 429,
};

/**
 * The one error type of the domain. Operations throw it; entry points map it to an HTTP
 * response with `toErrorResponse`. `details` carries extra machine-readable data (e.g. the
 * current version and the other person's changes on a CONFLICT).
 */
export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly fields?: FieldErrors;
  readonly details?: Record<string, unknown>;

  constructor(code: AppErrorCode, message: string, opts: { fields?: FieldErrors; details?: Record<string, unknown> } = {}) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.fields = opts.fields;
    this.details = opts.details;
  }

  get status(): number {
    return STATUS[this.code];
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}

export const notFound = (what: string) => new AppError("NOT_FOUND", `${what} not found`);
export const forbidden = (message = "You do not have permission to do this") => new AppError("FORBIDDEN", message);
export const unauthenticated = () => new AppError("UNAUTHENTICATED", "Sign in to continue");
export const conflict = (message: string, details?: Record<string, unknown>) => new AppError("CONFLICT", message, { details });
export const invalid = (fields: FieldErrors, message?: string) =>
  new AppError("INVALID_INPUT", message ?? `Invalid ${Object.keys(fields).join(", ")}`, { fields });
