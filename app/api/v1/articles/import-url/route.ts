import { apiHandler } from "@/lib/http/api-handler";
import { previewUrlImport } from "@/lib/article/preview-url-import";

// POST /api/v1/articles/import-url { url } → ImportPreviewDto (nothing saved; existingArticleId when already imported)
export const POST = apiHandler(async ({ actor, json }) => previewUrlImport({ actor, input: await json() }));
