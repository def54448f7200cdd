import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { parseInput } from "@/lib/errors/zod-to-app-error";
import { extractArticle } from "@/lib/import/extract-article";
import { previewImportInputSchema, type ImportPreviewDto } from "@/lib/article/article.types";
import { toImportPreview } from "@/lib/article/to-import-preview";

/**
 * Extracts pasted text/HTML or an uploaded file's content (read in the browser) for the
 * import preview, without saving anything.
 */
export async function previewImport(opts: { actor: Actor; input: unknown }): Promise<ImportPreviewDto> {
  assertCan(opts.actor, "article.import");
  const input = parseInput(previewImportInputSchema, opts.input);
  return toImportPreview(extractArticle({ kind: input.kind, content: input.content, filename: input.filename }));
}
