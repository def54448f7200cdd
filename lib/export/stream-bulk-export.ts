import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { bulkExportArticleWhere } from "./bulk-export-scope";
import { exportArticleSelect, type ExportArticleRow } from "./export-claim-include";
import { toNdjsonLine } from "./export-ndjson";
import type { ExportStatus } from "./export-query.types";
import { loadAnnotatedArticles, loadExportScale } from "./load-annotated-articles";
import { planBulkBatches } from "./plan-bulk-batches";
import { exportClaimWhere, resolveExportStatus } from "./resolve-export-status";

/** Claims per database round trip (articles are never split; an article above it is a batch alone). */
export const BULK_CLAIM_BUDGET = 200;
/** Articles per database round trip at most (each carries its revision text). */
export const BULK_MAX_ARTICLES = 50;
/** Articles whose ids and claim counts are read per query when planning batches. */
export const BULK_PAGE_SIZE = 500;

export type BulkExport = { total: number; status: ExportStatus; stream: ReadableStream<Uint8Array> };

type PlannedArticle = ExportArticleRow & { claimCount: number };

/**
 * The bulk NDJSON export: one native JSON article per line, for every article matching
 * `status` and `since`, in id order. Pull-based: the next batch is read from the database
 * only when the consumer has taken the previous one (pages of article heads by a keyset
 * cursor on id, never OFFSET, cut into batches of about `claimBudget` claims), so memory
 * stays flat however many articles there are and a slow or cancelled client stops the
 * queries. Each article is its own chunk: no string ever holds more than one line, and
 * each line is garbage as soon as the client has it. `total` is counted up front so
 * clients can show progress; it is approximate if articles change while the stream runs.
 */
export async function streamBulkExport(opts: {
  actor: Actor;
  status?: ExportStatus;
  since?: Date;
  claimBudget?: number;
  pageSize?: number;
}): Promise<BulkExport> {
  const { actor, since } = opts;
  assertCan(actor, "export.bulk");
  const status = resolveExportStatus(actor, opts.status);
  const where = bulkExportArticleWhere(actor, status, since);
  const claimWhere = exportClaimWhere(actor, status);
  const claimBudget = opts.claimBudget ?? BULK_CLAIM_BUDGET;
  const pageSize = opts.pageSize ?? BULK_PAGE_SIZE;
  const [total, scale] = await Promise.all([db.article.count({ where }), loadExportScale()]);
  const encoder = new TextEncoder();
  let cursor: string | undefined;
  let lastPage = false;
  let planned: PlannedArticle[][] = [];
  let cancelled = false;

  async function nextBatch(): Promise<PlannedArticle[] | undefined> {
    if (planned.length === 0 && !lastPage) {
      const page = await db.article.findMany({
        where: cursor ? { AND: [where, { id: { gt: cursor } }] } : where,
        orderBy: { id: "asc" },
        take: pageSize,
        select: { ...exportArticleSelect, _count: { select: { claims: { where: claimWhere } } } },
      });
      lastPage = page.length < pageSize;
      cursor = page.at(-1)?.id;
      planned = planBulkBatches(
        page.map(({ _count, ...a }) => ({ ...a, claimCount: _count.claims })),
        claimBudget,
        BULK_MAX_ARTICLES,
      );
    }
    return planned.shift();
  }

  const stream = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const batch = cancelled ? undefined : await nextBatch();
        if (!batch) {
          if (!cancelled) controller.close();
          return;
        }
        const annotated = await loadAnnotatedArticles({ articles: batch, claimWhere, scale });
        // one chunk per line: a batch never becomes one large string (large strings go
        // straight to V8's old generation and wait there for a full collection)
        // (shift: each article can be collected once its line exists)
        for (let a = annotated.shift(); a; a = annotated.shift()) controller.enqueue(encoder.encode(toNdjsonLine(a)));
      },
      cancel() {
        cancelled = true;
        planned = [];
      },
    },
    // the chunks of one batch at most are queued: the stream waits for the client before querying more
    { highWaterMark: 1 },
  );
  return { total, status, stream };
}
