import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { conflict, invalid } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/zod-to-app-error";
import { normalizeText } from "@/lib/anchoring/normalize-text";
import { createArticleInputSchema, type ArticleDto } from "@/lib/article/article.types";
import { articleDtoInclude, toArticleMetadataDto } from "@/lib/article/article-dto";
import { canonicalOrNull } from "@/lib/article/find-article-by-url";
import { warmSuggestions } from "@/lib/suggestion/warm-suggestions";

/** sha256 (hex) of a revision's canonical text, as stored on ArticleRevision. */
export function hashText(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/**
 * Saves an imported (and possibly edited) article: normalises the text to the canonical
 * form selectors count in, then writes the Article, its revision 1 (with sha256) and the
 * audit event in one transaction. A URL already imported → CONFLICT with
 * `details.existingArticleId`, so the UI can offer the existing article.
 */
export async function createArticle(opts: { actor: Actor; input: unknown }): Promise<ArticleDto> {
  const { actor } = opts;
  assertCan(actor, "article.import");
  const input = parseInput(createArticleInputSchema, opts.input);
  const text = normalizeText(input.text);
  if (text === "") throw invalid({ text: "is empty" }, "The article has no text");
  const canonicalUrl = canonicalOrNull(input.sourceUrl);
  const created = await db.$transaction(async (tx) => {
    if (canonicalUrl) {
      const existing = await tx.article.findUnique({ where: { canonicalUrl }, select: { id: true } });
      if (existing) throw conflict("This URL was already imported", { existingArticleId: existing.id });
    }
    const article = await tx.article.create({
      data: {
        title: input.title,
        sourceUrl: input.sourceUrl ?? null,
        canonicalUrl,
        publisher: input.publisher ?? "",
        byline: input.byline ?? "",
        dateline: input.dateline ?? "",
        publishedAt: input.publishedAt ? new Date(input.publishedAt) : null,
        language: input.language ?? "en",
        createdById: actor.id,
      },
      include: articleDtoInclude,
    });
    const revision = await tx.articleRevision.create({
      data: { articleId: article.id, number: 1, text, sha256: hashText(text), sourceHtml: input.sourceHtml ?? null, createdById: actor.id },
    });
    const meta = toArticleMetadataDto(article);
    await recordAuditEvent(tx, {
      actor, action: "article.create", entityType: "article", entityId: article.id, articleId: article.id,
      after: { ...meta, revision: { id: revision.id, number: 1, sha256: revision.sha256, length: text.length } },
    });
    return {
      ...meta,
      revision: { id: revision.id, number: revision.number, text, sha256: revision.sha256, createdAt: revision.createdAt.toISOString() },
      claims: [],
    };
  });
  // precompute suggestions so the article view's first request is a cache hit
  warmSuggestions(created.revision.text);
  return created;
}
