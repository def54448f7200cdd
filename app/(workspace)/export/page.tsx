import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { listExportableArticles } from "@/lib/export/list-exportable-articles";
import { ExportArticles } from "@/components/export/export-articles";
import { BulkExport } from "@/components/export/bulk-export";

export const metadata: Metadata = { title: "Export" };

export default async function ExportPage() {
  const actor = await requirePageActor("export.read");
  const list = await listExportableArticles({ actor });
  return (
    <div className="stack">
      <h1>Export</h1>
      <p className="muted">
        Download checked articles for a CMS, an archive or a dataset. Scripts can do the same with an API token (scope <em>export</em>) —
        see <a href="/api/v1/openapi.json">the API description</a>.
      </p>
      <BulkExport mayExportAll={list.mayExportAll} />
      <ExportArticles items={list.items} total={list.total} mayExportAll={list.mayExportAll} />
    </div>
  );
}
