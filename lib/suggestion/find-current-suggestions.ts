import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { notFound } from "@/lib/errors/app-error";
import { articleReadScope } from "@/lib/article/article-read-scope";
import { detectSuggestionsCached } from "@/lib/detect/detect-suggestions-cached";
import { overlapShare } from "@/lib/detect/merge-spans";
import type { SuggestionListDto } from "@/lib/suggestion/suggestion.types";

/** A claim already covering at least this share of the shorter span hides the suggestion. */
const COVERED_SHARE = 0.5;

/**
 * The suggestions a fact-checker still has to decide on: the detector's output for the
 * article's current revision (cached by text hash), minus those dismissed for this article
 * and those an existing claim on the same revision already covers. No permission check:
 * callers assert their own action first.
 */
export async function findCurrentSuggestions(actor: Actor, articleId: string): Promise<SuggestionListDto> {
  const revision = await getCurrentRevision(actor, articleId);
  const [claims, dismissed] = await Promise.all([
    // claims on older revisions (orphans) have offsets into other text, so they cannot cover anything here
    db.claim.findMany({ where: { articleId, revisionId: revision.id }, select: { start: true, end: true } }),
    db.dismissedSuggestion.findMany({ where: { articleId }, select: { key: true } }),
  ]);
  const dismissedKeys = new Set(dismissed.map((d) => d.key));
  const detected = detectSuggestionsCached(revision.text);
  const suggestions = detected.filter(
    (s) => !dismissedKeys.has(s.key) && !claims.some((c) => overlapShare(c, s) >= COVERED_SHARE),
  );
  return {
    articleId,
    revision: { id: revision.id, number: revision.number },
    suggestions,
    dismissedCount: detected.filter((s) => dismissedKeys.has(s.key)).length,
  };
}

/** The article's current revision, within what `actor` may read; NOT_FOUND otherwise. */
export async function getCurrentRevision(actor: Actor, articleId: string): Promise<{ id: string; number: number; text: string }> {
  const article = await db.article.findFirst({
    where: { id: articleId, ...articleReadScope(actor) },
    select: { id: true, currentRevisionNo: true },
  });
  if (!article) throw notFound("Article");
  const revision = await db.articleRevision.findUnique({
    where: { articleId_number: { articleId, number: article.currentRevisionNo } },
    select: { id: true, number: true, text: true },
  });
  if (!revision) throw notFound("Article revision");
  return revision;
}
