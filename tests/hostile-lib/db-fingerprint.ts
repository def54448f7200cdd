import { testDb } from "../e2e/fixtures";

/**
 * A fingerprint of every row a request could change, scoped to the given articles and actor
 * (counts and version sums of articles, revisions, claims, anchors, verdicts, sources,
 * comments, reviews, dismissals; audit events, tokens and settings written by the actor; the
 * listed users). Other tests run in parallel, so the whole tables cannot be compared.
 */
export async function dbFingerprint(scope: { articleIds: string[]; actorId: string; userIds?: string[] }): Promise<Record<string, string>> {
  const claims = `SELECT id FROM "Claim" WHERE "articleId" = ANY($1)`;
  const { rows } = await testDb().query(
    `SELECT
      (SELECT count(*) || ':' || coalesce(sum(version), 0) || ':' || coalesce(max("updatedAt")::text, '') FROM "Article" WHERE id = ANY($1)) AS articles,
      (SELECT count(*) FROM "Article" WHERE "createdById" = $2) AS "articlesByActor",
      (SELECT count(*) FROM "ArticleRevision" WHERE "articleId" = ANY($1)) AS revisions,
      (SELECT count(*) || ':' || coalesce(sum(version), 0) || ':' || coalesce(max("updatedAt")::text, '') FROM "Claim" WHERE "articleId" = ANY($1)) AS claims,
      (SELECT count(*) FROM "ClaimAnchor" WHERE "claimId" IN (${claims})) AS anchors,
      (SELECT count(*) || ':' || coalesce(max("updatedAt")::text, '') FROM "Verdict" WHERE "claimId" IN (${claims})) AS verdicts,
      (SELECT count(*) || ':' || coalesce(sum(version), 0) FROM "Source" WHERE "claimId" IN (${claims})) AS sources,
      (SELECT count(*) FROM "Comment" WHERE "claimId" IN (${claims})) AS comments,
      (SELECT count(*) FROM "Review" WHERE "claimId" IN (${claims})) AS reviews,
      (SELECT count(*) FROM "DismissedSuggestion" WHERE "articleId" = ANY($1)) AS dismissals,
      (SELECT count(*) FROM "AuditEvent" WHERE "actorId" = $2 OR "articleId" = ANY($1)) AS audit,
      (SELECT count(*) || ':' || count("revokedAt") FROM "ApiToken" WHERE "userId" = $2) AS tokens,
      (SELECT count(*) || ':' || coalesce(max("updatedAt")::text, '') FROM "Setting" WHERE "updatedById" = $2) AS settings,
      (SELECT coalesce(string_agg(name || role || disabled, ',' ORDER BY id), '') FROM "User" WHERE id = ANY($3)) AS users`,
    [scope.articleIds, scope.actorId, scope.userIds ?? []],
  );
  return Object.fromEntries(Object.entries(rows[0] as Record<string, unknown>).map(([k, v]) => [k, String(v)]));
}
