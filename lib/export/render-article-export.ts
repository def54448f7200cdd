import type { AnnotatedArticle, ExportContext } from "./annotated-article.types";
import { EXPORT_CONTENT_TYPES } from "./export-content-types";
import { toClaimReview } from "./export-claim-review";
import { toCsv } from "./export-csv";
import { contentDisposition, exportFilename } from "./export-filename";
import { toAnnotatedHtml } from "./export-html";
import { toNativeJson } from "./export-json";
import type { ArticleExportFormat } from "./export-query.types";
import { toW3cCollection } from "./export-w3c";

const pretty = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** The body of one article export in `format` (a string: every per-article format is text). */
export function renderArticleExport(a: AnnotatedArticle, ctx: ExportContext, format: ArticleExportFormat): string {
  switch (format) {
    case "json":
      // compact: the download is read by programs; the 2-space indent cost time and bytes
      return toNativeJson(a, { pretty: false });
    case "w3c":
      return pretty(toW3cCollection(a, ctx));
    case "claimreview":
      return pretty(toClaimReview(a, ctx));
    case "html":
      return toAnnotatedHtml(a, ctx);
    case "csv":
      // a BOM so spreadsheet programs read the UTF-8 correctly
      return toCsv(a, { bom: true });
  }
}

/** A download Response for one article export: content type, attachment filename, no caching of drafts. */
export function toArticleExportResponse(a: AnnotatedArticle, ctx: ExportContext, format: ArticleExportFormat): Response {
  return new Response(renderArticleExport(a, ctx, format), {
    headers: {
      "Content-Type": EXPORT_CONTENT_TYPES[format],
      "Content-Disposition": contentDisposition(exportFilename(a, format)),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
