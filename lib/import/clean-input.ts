import { invalid } from "@/lib/errors/app-error";

/** Input larger than this is refused: no real article comes close, and parsing is not free. */
export const MAX_INPUT_BYTES = 2 * 1024 * 1024;

// C0 controls except \t and \n, DEL, C1 controls, and the BOM. \r is handled before this runs.
const CONTROL_CHARS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFEFF]/g;

/**
 * Refuses oversized input and strips characters that have no business in an article:
 * NUL and other control characters (keeping \n and \t), with line endings unified to \n.
 * Throws INVALID_INPUT naming `field` when the input is too large.
 */
export function cleanInput(content: string, field = "content"): string {
  // Cheap upper bound first so a huge string is refused without encoding it.
  if (content.length > MAX_INPUT_BYTES || Buffer.byteLength(content, "utf8") > MAX_INPUT_BYTES) {
    throw invalid({ [field]: `must be at most ${MAX_INPUT_BYTES / 1024 / 1024} MB` }, "The imported content is too large");
  }
  return content.replace(/\r\n?/g, "\n").replace(CONTROL_CHARS, "");
}
