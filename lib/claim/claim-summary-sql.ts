import { db } from "@/lib/db";
import { SUMMARY_QUOTE_LENGTH } from "@/lib/claim/claim-summary";

/**
 * The claim summaries of an article as a {@link ClaimSummaryColumns} JSON string, built by
 * PostgreSQL in one query (claims with assignee and verdict rating, in text order), so Node
 * neither materialises 1,000 rows nor re-encodes them: the string goes to the page as is.
 * `readUnapproved` false limits it to approved claims (the claim read scope of exporters).
 * Quotes are cut to {@link SUMMARY_QUOTE_LENGTH} code points, as `cutQuote` does.
 */
export async function selectClaimSummaryColumns(opts: { articleId: string; readUnapproved: boolean }): Promise<string> {
  const { articleId, readUnapproved } = opts;
  const rows = await db.$queryRaw<{ columns: string }[]>`
    WITH s AS (
      SELECT row_number() OVER (ORDER BY c."start", c."end", c."createdAt", c.id) AS n,
             c.id, c.status, c.kind, c."start", c."end", c.exact, c."anchorOutcome", c.statement, c.version,
             u.id AS "assigneeId", u.name AS "assigneeName", r.label AS "ratingLabel", r.colour AS "ratingColour"
      FROM "Claim" c
      LEFT JOIN "User" u ON u.id = c."assigneeId"
      LEFT JOIN "Verdict" v ON v."claimId" = c.id
      LEFT JOIN "RatingScaleEntry" r ON r.id = v."ratingId"
      WHERE c."articleId" = ${articleId} AND (${readUnapproved}::boolean OR c.status = 'APPROVED')
    )
    SELECT json_build_object(
      'id', coalesce(json_agg(s.id ORDER BY s.n), '[]'),
      'status', coalesce(json_agg(s.status ORDER BY s.n), '[]'),
      'kind', coalesce(json_agg(s.kind ORDER BY s.n), '[]'),
      'start', coalesce(json_agg(s."start" ORDER BY s.n), '[]'),
      'end', coalesce(json_agg(s."end" ORDER BY s.n), '[]'),
      'exact', coalesce(json_agg(left(s.exact, ${SUMMARY_QUOTE_LENGTH}::int) ORDER BY s.n), '[]'),
      'truncated', coalesce(json_agg(char_length(s.exact) > ${SUMMARY_QUOTE_LENGTH}::int ORDER BY s.n), '[]'),
      'outcome', coalesce(json_agg(s."anchorOutcome" ORDER BY s.n), '[]'),
      'statement', coalesce(json_agg(s.statement ORDER BY s.n), '[]'),
      'assigneeId', coalesce(json_agg(s."assigneeId" ORDER BY s.n), '[]'),
      'assigneeName', coalesce(json_agg(s."assigneeName" ORDER BY s.n), '[]'),
      'ratingLabel', coalesce(json_agg(s."ratingLabel" ORDER BY s.n), '[]'),
      'ratingColour', coalesce(json_agg(s."ratingColour" ORDER BY s.n), '[]'),
      'version', coalesce(json_agg(s.version ORDER BY s.n), '[]')
    )::text AS columns
    FROM s`;
  return rows[0]?.columns ?? "{}";
}
