import { apiHandler } from "@/lib/http/api-handler";
import { parseInput } from "@/lib/errors/zod-to-app-error";
import { articleExportQuerySchema } from "@/lib/export/export-query.types";
import { getAnnotatedArticle } from "@/lib/export/get-annotated-article";
import { getExportContext } from "@/lib/export/get-export-context";
import { toArticleExportResponse } from "@/lib/export/render-article-export";

// GET /api/v1/articles/{id}/export?format=json|w3c|claimreview|html|csv&status=approved|all
// → the file as an attachment (Content-Type per format); 400 naming format/status; 403 status=all for exporters
export const GET = apiHandler<{ id: string }>(async ({ actor, params, query, request }) => {
  const { format, status } = parseInput(articleExportQuerySchema, query);
  const [article, ctx] = await Promise.all([
    getAnnotatedArticle({ actor, articleId: params.id, status }),
    getExportContext({ requestUrl: request.url }),
  ]);
  return toArticleExportResponse(article, ctx, format);
});
