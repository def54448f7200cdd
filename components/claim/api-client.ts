/** A failed /api/v1 call: the HTTP status and the error contract's body. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: Record<string, string>;
  /** the whole `error` object (e.g. `currentVersion`, `claim`, `changedFields` on a 409) */
  readonly body: Record<string, unknown>;

  constructor(status: number, body: Record<string, unknown>) {
    super(typeof body.message === "string" ? body.message : `Request failed (${status})`);
    this.status = status;
    this.code = typeof body.code === "string" ? body.code : "ERROR";
    this.fields = (body.fields as Record<string, string> | undefined) ?? {};
    this.body = body;
  }
}

/**
 * Calls the JSON API with the session cookie. Resolves with the parsed body; rejects with
 * an {@link ApiError} carrying `{ error: { code, message, fields? } }`, or a plain Error
 * when the network fails (so callers can tell "refused" from "not sent").
 */
export async function apiFetch<T>(url: string, init: { method?: string; body?: unknown; signal?: AbortSignal } = {}): Promise<T> {
  const res = await fetch(url, {
    method: init.method ?? "GET",
    headers: init.body === undefined ? { accept: "application/json" } : { "content-type": "application/json", accept: "application/json" },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    credentials: "same-origin",
    signal: init.signal,
  });
  return readApiResponse<T>(res);
}

/** The parsed body of an API response; an {@link ApiError} with the server's error when it is not 2xx. */
export async function readApiResponse<T>(res: Response): Promise<T> {
  const text = await res.text();
  let data: unknown = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = null;
  }
  if (!res.ok) {
    const err = (data as { error?: Record<string, unknown> } | null)?.error ?? { code: "HTTP_" + res.status, message: `Request failed (${res.status})` };
    throw new ApiError(res.status, err);
  }
  return data as T;
}

/** Turns zod issues or API field errors into `{ field: reason }` for inline messages. */
export function fieldErrorsOf(e: unknown): Record<string, string> {
  return e instanceof ApiError ? e.fields : {};
}
