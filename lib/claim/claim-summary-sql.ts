import { db } from "@/lib/db";
import { SUMMARY_QUOTE_LENGTH } from "@/lib/claim/claim-summary";

/**
 * The claim summaries of an article as a {@link ClaimSummaryColumns} JSON string, built by
 * PostgreSQL in one query (claims with assignee and verdict rating, in text order), so Node
 * neither materialises 1,000 rows nor re-encodes them: the string goes to the page as is.
 * `readUnapproved` false limits it to approved claims (the claim read scope of exporters).
 * The quote is sent for orphaned claims only (cut to one code point more than the summary
 * shows, so the browser knows it was cut): every other claim's quote is the current text
 * between its offsets (re-anchoring and re-attaching rewrite `exact` with the offsets), which
 * the page already carries, so `decodeClaimSummaries` takes it from there. Arrays are built
 * with `array_to_json` (no spaces) rather than `json_agg`.
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
      'id', coalesce(array_to_json(array_agg(s.id ORDER BY s.n)), '[]'),
      'status', coalesce(array_to_json(array_agg(s.status ORDER BY s.n)), '[]'),
      'kind', coalesce(array_to_json(array_agg(s.kind ORDER BY s.n)), '[]'),
      'start', coalesce(array_to_json(array_agg(s."start" ORDER BY s.n)), '[]'),
      'end', coalesce(array_to_json(array_agg(s."end" ORDER BY s.n)), '[]'),
      'orphanExact', coalesce(array_to_json(array_agg(CASE WHEN s."anchorOutcome" = 'ORPHANED' THEN left(s.exact, ${SUMMARY_QUOTE_LENGTH}::int + 1) END ORDER BY s.n)), '[]'),
      'outcome', coalesce(array_to_json(array_agg(s."anchorOutcome" ORDER BY s.n)), '[]'),
      'statement', coalesce(array_to_json(array_agg(s.statement ORDER BY s.n)), '[]'),
      'assigneeId', coalesce(array_to_json(array_agg(s."assigneeId" ORDER BY s.n)), '[]'),
      'assigneeName', coalesce(array_to_json(array_agg(s."assigneeName" ORDER BY s.n)), '[]'),
      'ratingLabel', coalesce(array_to_json(array_agg(s."ratingLabel" ORDER BY s.n)), '[]'),
      'ratingColour', coalesce(array_to_json(array_agg(s."ratingColour" ORDER BY s.n)), '[]'),
      'version', coalesce(array_to_json(array_agg(s.version ORDER BY s.n)), '[]')
    )::text AS columns
    FROM s`;
  return rows[0]?.columns ?? "{}";
}
