import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { bulkExportArticleWhere } from "./bulk-export-scope";
import { exportArticleSelect } from "./export-claim-include";
import { toNdjsonLine } from "./export-ndjson";
import type { ExportStatus } from "./export-query.types";
import { loadAnnotatedArticles, loadExportScale } from "./load-annotated-articles";
import { exportClaimWhere, resolveExportStatus } from "./resolve-export-status";

/** Articles per database round trip: small enough for flat memory, large enough to amortise queries. */
export const BULK_BATCH_SIZE = 20;

export type BulkExport = { total: number; status: ExportStatus; stream: ReadableStream<Uint8Array> };

/**
 * The bulk NDJSON export: one native JSON article per line, for every article matching
 * `status` and `since`, in id order. Pull-based: the next batch of articles is read from the
 * database only when the consumer has taken the previous one (a keyset cursor on id, never
 * OFFSET), so memory stays flat however many articles there are and a slow or cancelled
 * client stops the queries. `total` is counted up front so clients can show progress; it is
 * approximate if articles change while the stream runs.
 */
export async function streamBulkExport(opts: { actor: Actor; status?: ExportStatus; since?: Date; batchSize?: number }): Promise<BulkExport> {
  const { actor, since } = opts;
  assertCan(actor, "export.bulk");
  const status = resolveExportStatus(actor, opts.status);
  const where = bulkExportArticleWhere(actor, status, since);
  const claimWhere = exportClaimWhere(actor, status);
  const batchSize = opts.batchSize ?? BULK_BATCH_SIZE;
  const [total, scale] = await Promise.all([db.article.count({ where }), loadExportScale()]);
  const encoder = new TextEncoder();
  let cursor: string | undefined;
  let done = false;

  const stream = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (done) return;
        const articles = await db.article.findMany({
          where: cursor ? { AND: [where, { id: { gt: cursor } }] } : where,
          orderBy: { id: "asc" },
          take: batchSize,
          select: exportArticleSelect,
        });
        const last = articles.at(-1);
        if (!last) {
          done = true;
          controller.close();
          return;
        }
        cursor = last.id;
        const annotated = await loadAnnotatedArticles({ articles, claimWhere, scale });
        controller.enqueue(encoder.encode(annotated.map(toNdjsonLine).join("")));
        if (articles.length < batchSize) {
          done = true;
          controller.close();
        }
      },
      cancel() {
        done = true;
      },
    },
    // one batch buffered ahead at most: the stream waits for the client before querying more
    { highWaterMark: 1 },
  );
  return { total, status, stream };
}
