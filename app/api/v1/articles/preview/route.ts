import { apiHandler } from "@/lib/http/api-handler";
import { previewImport } from "@/lib/article/preview-import";

// POST /api/v1/articles/preview { kind: "text"|"html"|"markdown", content, filename? } → ImportPreviewDto (nothing saved)
export const POST = apiHandler(async ({ actor, json }) => previewImport({ actor, input: await json() }));
