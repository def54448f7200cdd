import type { InputKind } from "./types";

function decoderFor(label: string | undefined): TextDecoder {
  try {
    return new TextDecoder(label?.trim() || "utf-8");
  } catch {
    return new TextDecoder("utf-8"); // unknown charset label: UTF-8 is the web's default
  }
}

/**
 * Decodes a fetched body to a string: the charset from the Content-Type header, else (for
 * HTML) from a `<meta charset>` near the top of the page, else UTF-8. Invalid bytes
 * become U+FFFD rather than failing the import.
 */
export function decodeBody(body: Buffer, contentType: string, kind: InputKind): string {
  let label = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1];
  if (!label && kind === "html") {
    const head = body.subarray(0, 4096).toString("latin1");
    label = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1];
  }
  return decoderFor(label).decode(body);
}
