import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { notFound } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/zod-to-app-error";
import { getCurrentRevision } from "@/lib/suggestion/find-current-suggestions";
import { detectSuggestionsCached } from "@/lib/detect/detect-suggestions-cached";
import { suggestionKeySchema, type DismissalDto } from "@/lib/suggestion/suggestion.types";

/**
 * Dismisses a suggestion for this article so it does not come back (the key is kind + quote
 * + occurrence, so it also stays dismissed across revisions that keep the phrase). The key
 * must be one the detector finds in the current revision. Idempotent: dismissing twice
 * keeps one row and one audit event.
 */
export async function dismissSuggestion(opts: { actor: Actor; articleId: string; key: unknown }): Promise<DismissalDto> {
  const { actor, articleId } = opts;
  assertCan(actor, "suggestion.dismiss");
  const key = parseInput(suggestionKeySchema, opts.key);
  const { text } = await getCurrentRevision(actor, articleId);
  const suggestion = detectSuggestionsCached(text).find((s) => s.key === key);
  if (!suggestion) throw notFound("Suggestion");
  // idempotent under concurrency too: a parallel dismissal of the same key wins the unique index
  await db.$transaction(async (tx) => {
    const existing = await tx.dismissedSuggestion.findUnique({ where: { articleId_key: { articleId, key } } });
    if (existing) return;
    const row = await tx.dismissedSuggestion.create({ data: { articleId, key, dismissedById: actor.id } });
    await recordAuditEvent(tx, {
      actor,
      action: "suggestion.dismiss",
      entityType: "suggestion",
      entityId: row.id,
      articleId,
      after: { key, kind: suggestion.kind, exact: suggestion.exact, start: suggestion.start, end: suggestion.end },
    });
  }).catch((e: unknown) => {
    if ((e as { code?: unknown })?.code !== "P2002") throw e;
  });
  return { articleId, key, isDismissed: true };
}
