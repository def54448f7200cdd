import { AppError } from "@/lib/errors/app-error";

export const MAX_JSON_BYTES = 1024 * 1024;

/**
 * Reads a JSON request body strictly: 415 unless the content type is JSON, 413 past 1 MB,
 * 400 for invalid UTF-8, lone surrogates or malformed JSON. Never trusts Content-Length alone.
 */
export async function readJson(request: Request, maxBytes = MAX_JSON_BYTES): Promise<unknown> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(type)) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send JSON with Content-Type: application/json", {
      fields: { "content-type": "must be application/json" },
    });
  }
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw tooLarge(maxBytes);
  const bytes = await readLimited(request, maxBytes);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new AppError("INVALID_INPUT", "The body is not valid UTF-8", { fields: { body: "is not valid UTF-8" } });
  }
  if (/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text) || /\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F])/.test(text)) {
    // JSON escapes can encode lone surrogates that PostgreSQL would reject later
    if (hasLoneSurrogateAfterParse(text)) {
      throw new AppError("INVALID_INPUT", "The body contains a lone UTF-16 surrogate", { fields: { body: "contains a lone surrogate" } });
    }
  }
  let value: unknown;
  try {
    value = text.length === 0 ? {} : JSON.parse(text);
  } catch {
    throw new AppError("INVALID_INPUT", "The body is not valid JSON", { fields: { body: "is not valid JSON" } });
  }
  // PostgreSQL text cannot hold U+0000: refuse it here, naming the field, instead of a 500 at insert
  const nulAt = findNulPath(value, []);
  if (nulAt !== null) {
    const field = nulAt || "body";
    throw new AppError("INVALID_INPUT", `Invalid ${field}`, { fields: { [field]: "contains a NUL character" } });
  }
  return value;
}

/** The dotted path of the first string (value or key) holding U+0000, or null. */
function findNulPath(value: unknown, path: string[]): string | null {
  if (typeof value === "string") return value.includes("\u0000") ? path.join(".") : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findNulPath(value[i], [...path, String(i)]);
      if (found !== null) return found;
    }
    return null;
  }
  if (typeof value === "object" && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      if (k.includes("\u0000")) return [...path, k.replace(/\u0000/g, "\\0")].join(".");
      const found = findNulPath(v, [...path, k]);
      if (found !== null) return found;
    }
  }
  return null;
}

function hasLoneSurrogateAfterParse(text: string): boolean {
  try {
    const s = JSON.stringify(JSON.parse(text));
    return /\\ud[89ab][0-9a-f]{2}(?!\\ud[c-f])|(?<!\\ud[89ab][0-9a-f]{2})\\ud[c-f][0-9a-f]{2}/i.test(s);
  } catch {
    return false;
  }
}

async function readLimited(request: Request, maxBytes: number): Promise<Uint8Array> {
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}

function tooLarge(max: number): AppError {
  return new AppError("PAYLOAD_TOO_LARGE", `The body is larger than ${Math.round(max / 1024)} kB`, { fields: { body: "too large" } });
}
