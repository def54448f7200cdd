/** The kinds of content the preview endpoint extracts from. */
export type ImportKind = "text" | "html" | "markdown";

const HTML_TAG = /<\s*(html|body|head|article|main|div|p|span|a|h[1-6]|br|ul|ol|li|section|script|style|iframe|img|table|meta)\b[^>]*>/i;

/** Whether pasted content is HTML (a page source or a rich copy) rather than plain text. */
export function detectPastedKind(content: string): ImportKind {
  return HTML_TAG.test(content) ? "html" : "text";
}

/** The kind of an uploaded file by its extension (then its MIME type), or null when unsupported. */
export function detectFileKind(name: string, type: string): ImportKind | null {
  const ext = name.toLowerCase().split(".").pop() ?? "";
  if (ext === "txt" || ext === "text") return "text";
  if (ext === "html" || ext === "htm") return "html";
  if (ext === "md" || ext === "markdown") return "markdown";
  if (type === "text/html") return "html";
  if (type === "text/markdown") return "markdown";
  if (type === "text/plain") return "text";
  return null;
}
