import { apiHandler } from "@/lib/http/api-handler";
import { parseInput } from "@/lib/errors/zod-to-app-error";
import { EXPORT_CONTENT_TYPES } from "@/lib/export/export-content-types";
import { bulkExportFilename, contentDisposition } from "@/lib/export/export-filename";
import { bulkExportQuerySchema } from "@/lib/export/export-query.types";
import { streamBulkExport } from "@/lib/export/stream-bulk-export";

// The stream reads the database as the client reads the body: never cache or pre-render it.
export const dynamic = "force-dynamic";

// GET /api/v1/export?format=ndjson&status=approved|all&since=<ISO date>
// → streamed NDJSON (one native JSON article per line); X-Factmark-Total-Articles = count at start
export const GET = apiHandler(async ({ actor, query }) => {
  const { status, since } = parseInput(bulkExportQuerySchema, query);
  const bulk = await streamBulkExport({ actor, status, since });
  return new Response(bulk.stream, {
    headers: {
      "Content-Type": EXPORT_CONTENT_TYPES.ndjson,
      "Content-Disposition": contentDisposition(bulkExportFilename()),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
      "X-Factmark-Total-Articles": String(bulk.total),
      "X-Factmark-Export-Status": bulk.status,
    },
  });
});
