export type DownloadProgress = { articles: number; bytes: number; total: number | null };

/**
 * Fetches a streamed NDJSON export, reporting progress per chunk (articles = newlines
 * seen: JSON escapes newlines inside strings, so each one ends a record). Resolves to the
 * whole file as a Blob; rejects with the API's error message, or an AbortError when cancelled.
 */
export async function readNdjsonDownload(url: string, signal: AbortSignal, onProgress: (p: DownloadProgress) => void): Promise<Blob> {
  const res = await fetch(url, { signal, headers: { accept: "application/x-ndjson" } });
  if (!res.ok || !res.body) {
    const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw new Error(body?.error?.message ?? `The export failed (HTTP ${res.status})`);
  }
  const totalHeader = Number(res.headers.get("x-factmark-total-articles"));
  const progress: DownloadProgress = { articles: 0, bytes: 0, total: Number.isFinite(totalHeader) && res.headers.has("x-factmark-total-articles") ? totalHeader : null };
  onProgress({ ...progress });
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  const reader = res.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value as Uint8Array<ArrayBuffer>);
    progress.bytes += value.byteLength;
    for (const byte of value) if (byte === 10) progress.articles += 1;
    onProgress({ ...progress });
  }
  return new Blob(chunks, { type: "application/x-ndjson" });
}

/** The name a Blob download is saved under: the one the server's Content-Disposition gives. */
export { bulkExportFilename as bulkFilename } from "@/lib/export/export-filename";

/** Saves a Blob as a file through a temporary object-URL link. */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  // revoke later: some browsers read the URL after click() returns
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
