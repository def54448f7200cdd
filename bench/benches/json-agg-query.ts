/**
 * The baseline of the JSON export benchmark: PostgreSQL builds the same document itself in
 * one query (article, current revision, claims in text order with verdict, rating, sources,
 * assignee, approver and the latest review note) and hands it over as text.
 */
export const JSON_AGG_EXPORT_SQL = `
SELECT json_build_object(
  'article', json_build_object('id', a.id, 'title', a.title, 'sourceUrl', a."sourceUrl", 'publisher', a.publisher,
    'byline', a.byline, 'dateline', a.dateline, 'publishedAt', a."publishedAt", 'language', a.language,
    'revision', json_build_object('number', r.number, 'sha256', r.sha256, 'text', r.text, 'createdAt', r."createdAt")),
  'ratingScale', (SELECT json_agg(json_build_object('key', e.key, 'label', e.label, 'value', e.value, 'position', e.position) ORDER BY e.position) FROM "RatingScaleEntry" e),
  'claims', COALESCE((
    SELECT json_agg(json_build_object(
      'id', c.id, 'status', c.status, 'kind', c.kind,
      'selector', json_build_object('exact', c.exact, 'prefix', c.prefix, 'suffix', c.suffix, 'start', c.start, 'end', c."end"),
      'anchor', json_build_object('outcome', c."anchorOutcome", 'score', c."anchorScore"),
      'statement', c.statement, 'claimant', c.claimant,
      'assignee', (SELECT json_build_object('id', u.id, 'name', u.name) FROM "User" u WHERE u.id = c."assigneeId"),
      'verdict', (SELECT json_build_object(
          'rating', (SELECT json_build_object('key', e.key, 'label', e.label, 'value', e.value) FROM "RatingScaleEntry" e WHERE e.id = v."ratingId"),
          'summary', v.summary, 'explanation', v.explanation, 'explanationText', v."explanationText")
        FROM "Verdict" v WHERE v."claimId" = c.id),
      'sources', COALESCE((SELECT json_agg(json_build_object('id', s.id, 'url', s.url, 'title', s.title, 'publisher', s.publisher,
          'quote', s.quote, 'accessedAt', s."accessedAt", 'kind', s.kind, 'archiveUrl', s."archiveUrl") ORDER BY s.position, s."createdAt")
        FROM "Source" s WHERE s."claimId" = c.id), '[]'::json),
      'review', json_build_object(
        'approvedBy', (SELECT json_build_object('id', u.id, 'name', u.name) FROM "User" u WHERE u.id = c."approvedById"),
        'approvedAt', c."approvedAt",
        'note', COALESCE((SELECT rv.note FROM "Review" rv WHERE rv."claimId" = c.id ORDER BY rv."createdAt" DESC, rv.id DESC LIMIT 1), '')),
      'createdAt', c."createdAt", 'updatedAt', c."updatedAt"
    ) ORDER BY c.start, c."end", c.id)
    FROM "Claim" c WHERE c."articleId" = a.id), '[]'::json)
)::text AS doc
FROM "Article" a
JOIN "ArticleRevision" r ON r."articleId" = a.id AND r.number = a."currentRevisionNo"
WHERE a.id = $1`;
