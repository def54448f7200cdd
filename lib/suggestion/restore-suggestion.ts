import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { notFound } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/zod-to-app-error";
import { articleReadScope } from "@/lib/article/article-read-scope";
import { suggestionKeySchema, type DismissalDto } from "@/lib/suggestion/suggestion.types";

/**
 * Undoes a dismissal: deletes the article's DismissedSuggestion row so the suggestion shows
 * again, and records "suggestion.restore" (the audit trail keeps both events; only the
 * dismissal row goes). Idempotent: restoring a suggestion that is not dismissed changes nothing.
 */
export async function restoreSuggestion(opts: { actor: Actor; articleId: string; key: unknown }): Promise<DismissalDto> {
  const { actor, articleId } = opts;
  assertCan(actor, "suggestion.dismiss");
  const key = parseInput(suggestionKeySchema, opts.key);
  const article = await db.article.findFirst({ where: { id: articleId, ...articleReadScope(actor) }, select: { id: true } });
  if (!article) throw notFound("Article");
  await db.$transaction(async (tx) => {
    const existing = await tx.dismissedSuggestion.findUnique({ where: { articleId_key: { articleId, key } } });
    if (!existing) return;
    await tx.dismissedSuggestion.delete({ where: { id: existing.id } });
    await recordAuditEvent(tx, {
      actor,
      action: "suggestion.restore",
      entityType: "suggestion",
      entityId: existing.id,
      articleId,
      before: { key, dismissedById: existing.dismissedById, dismissedAt: existing.createdAt },
    });
  });
  return { articleId, key, isDismissed: false };
}
