import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { streamBulkExport } from "@/lib/export/stream-bulk-export";
import { createExportActor, createExportArticle } from "./export-fixtures";

type Doc = { exportedAt: string; article: { id: string }; claims: { id: string }[] };

/** Reads the stream chunk by chunk; returns the documents of `ids` (other test files add articles in parallel). */
async function read(stream: ReadableStream<Uint8Array>, ids: Set<string>) {
  const decoder = new TextDecoder();
  const chunks: string[] = [];
  const reader = stream.getReader();
  for (let r = await reader.read(); !r.done; r = await reader.read()) chunks.push(decoder.decode(r.value));
  const docs = chunks.map((c) => JSON.parse(c) as Doc).filter((d) => ids.has(d.article.id));
  return { chunks, docs };
}

const withoutTime = (d: Doc) => ({ ...d, exportedAt: "" });

describe("streamBulkExport batching", () => {
  let editor: Actor;
  const ids = new Set<string>();
  beforeAll(async () => {
    const [checker, ed] = await Promise.all([createExportActor("FACT_CHECKER"), createExportActor("EDITOR")]);
    editor = ed;
    for (let i = 0; i < 5; i++) ids.add((await createExportArticle(checker, editor)).article.id);
  });

  it("tiny batches and pages export every article once, in id order, identical to the default batching", async () => {
    const small = await read((await streamBulkExport({ actor: editor, status: "all", claimBudget: 3, pageSize: 2 })).stream, ids);
    const normal = await read((await streamBulkExport({ actor: editor, status: "all" })).stream, ids);
    expect(small.docs.map((d) => d.article.id)).toEqual([...ids].sort());
    expect(small.docs.every((d) => d.claims.length === 2)).toBe(true); // approved + draft for status=all
    expect(small.docs.map(withoutTime)).toEqual(normal.docs.map(withoutTime));
  });

  it("sends one article per chunk, each a whole NDJSON line, even when a batch holds several", async () => {
    const { chunks } = await read((await streamBulkExport({ actor: editor, status: "all", claimBudget: 100, pageSize: 10 })).stream, ids);
    expect(chunks.length).toBeGreaterThanOrEqual(ids.size);
    for (const c of chunks) expect(c.indexOf("\n")).toBe(c.length - 1);
  });

  it("stops querying when the client cancels after the first article", async () => {
    const bulk = await streamBulkExport({ actor: editor, status: "all", claimBudget: 1, pageSize: 1 });
    const reader = bulk.stream.getReader();
    const first = await reader.read();
    expect(first.done).toBe(false);
    await reader.cancel();
    await expect(reader.closed).resolves.toBeUndefined();
  });
});
