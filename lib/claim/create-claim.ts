import { randomInt } from "node:crypto";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { auditEventRow } from "@/lib/audit/record-audit-event";
import { conflict, notFound } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/zod-to-app-error";
import { createClaimInputSchema, type ClaimDto } from "@/lib/claim/claim.types";
import { resolveSelector } from "@/lib/claim/resolve-selector";
import { assertAssignee } from "@/lib/claim/assert-assignee";
import { toNewClaimDto } from "@/lib/claim/new-claim-dto";
import { getRevisionTextCached } from "@/lib/revision/get-revision-text-cached";
import { createCodePointIndex, type CodePointIndex } from "@/lib/text/code-point-index";

/**
 * Marks a claim on the article's CURRENT revision from code-point offsets or a quote (see
 * `resolveSelector`), with optional statement, claimant, kind and assignee. Writes the
 * claim, its first ClaimAnchor (outcome CREATED) and the audit event in one transaction.
 * Overlapping and nested claims are allowed.
 *
 * Everything that only reads runs first (one query for the article and its current
 * revision, the revision text and its code-point index from in-process caches, the
 * assignee). The write is then ONE SQL statement — its own transaction — that locks the
 * article row FOR SHARE only if its current revision is still the one the selector was
 * resolved on, and inserts the claim, the anchor and the audit event from that row: a new
 * revision committed meanwhile leaves no row, so nothing is written and the answer is 409;
 * a revision starting meanwhile waits for this statement and then re-anchors the claim.
 */
export async function createClaim(opts: { actor: Actor; articleId: string; input: unknown }): Promise<ClaimDto> {
  const { actor, articleId } = opts;
  assertCan(actor, "claim.create");
  const input = parseInput(createClaimInputSchema, opts.input);
  const [current] = await db.$queryRaw<{ revisionNo: number; revisionId: string | null }[]>`
    SELECT a."currentRevisionNo" AS "revisionNo", r.id AS "revisionId"
    FROM "Article" a LEFT JOIN "ArticleRevision" r ON r."articleId" = a.id AND r.number = a."currentRevisionNo"
    WHERE a.id = ${articleId}`;
  if (!current) throw notFound("Article");
  const { revisionNo, revisionId } = current;
  if (!revisionId) throw notFound("Article revision");
  const text = await getRevisionTextCached(revisionId);
  const sel = resolveSelector(text, input.selector, codePointIndexOf(revisionId, text));
  const assignee = input.assigneeId ? await assertAssignee(db, input.assigneeId) : null;
  const fields = { statement: input.statement ?? "", claimant: input.claimant ?? "", kind: input.kind ?? "OTHER" } as const;

  const now = new Date();
  const row = { id: newId(), version: 1, createdAt: now, updatedAt: now };
  const dto = toNewClaimDto({ row, articleId, revisionId, selector: sel, ...fields, assignee, createdBy: { id: actor.id, name: actor.name } });
  const ev = auditEventRow({ actor, action: "claim.create", entityType: "claim", entityId: row.id, claimId: row.id, articleId, after: { ...dto, changedFields: [] } });
  const at = now.toISOString(); // the columns are timestamp(3) holding UTC, as Prisma writes them
  const { start, end, exact, prefix, suffix } = sel;
  const written = await db.$queryRaw<{ id: string }[]>`
    WITH article AS (
      SELECT id FROM "Article" WHERE id = ${articleId} AND "currentRevisionNo" = ${revisionNo} FOR SHARE
    ), claim AS (
      INSERT INTO "Claim" (id, "articleId", "revisionId", exact, prefix, suffix, start, "end", "anchorOutcome",
        statement, claimant, kind, status, "assigneeId", "createdById", version, "createdAt", "updatedAt")
      SELECT ${row.id}, article.id, ${revisionId}, ${exact}, ${prefix}, ${suffix}, ${start}, ${end}, 'CREATED',
        ${fields.statement}, ${fields.claimant}, ${fields.kind}::"ClaimKind", 'DRAFT', ${assignee?.id ?? null}, ${actor.id}, ${row.version},
        ${at}::timestamp(3), ${at}::timestamp(3)
      FROM article
      RETURNING id
    ), anchor AS (
      INSERT INTO "ClaimAnchor" (id, "claimId", "revisionId", exact, prefix, suffix, start, "end", outcome, "createdAt")
      SELECT ${newId()}, claim.id, ${revisionId}, ${exact}, ${prefix}, ${suffix}, ${start}, ${end}, 'CREATED', ${at}::timestamp(3)
      FROM claim
    ), audit AS (
      INSERT INTO "AuditEvent" ("actorId", action, "entityType", "entityId", "claimId", "articleId", before, after, at)
      SELECT ${ev.actorId}, ${ev.action}, ${ev.entityType}, ${ev.entityId}, ${ev.claimId}, ${ev.articleId}, ${ev.before}::jsonb, ${ev.after}::jsonb, ${at}::timestamp(3)
      FROM claim
    )
    SELECT id FROM claim`;
  if (written.length === 0) {
    const still = await db.article.findUnique({ where: { id: articleId }, select: { id: true } });
    if (!still) throw notFound("Article");
    throw conflict("The article's text changed while the claim was being marked; select the words again", { reason: "revision-changed" });
  }
  return dto;
}

/** Code-point indexes of recently used revision texts (revisions are immutable). */
const indexes = new Map<string, { text: string; index: CodePointIndex }>();
const MAX_INDEXES = 8;

function codePointIndexOf(revisionId: string, text: string): CodePointIndex {
  const hit = indexes.get(revisionId);
  if (hit && hit.text === text) {
    indexes.delete(revisionId);
    indexes.set(revisionId, hit);
    return hit.index;
  }
  const index = createCodePointIndex(text);
  indexes.set(revisionId, { text, index });
  if (indexes.size > MAX_INDEXES) indexes.delete(indexes.keys().next().value as string);
  return index;
}

/**
 * A new row id in Prisma's cuid() format ("c", time, counter, process fingerprint, random;
 * 25 characters of [0-9a-z]), for rows this module inserts with SQL rather than Prisma.
 */
const FINGERPRINT = randomInt(36 ** 4).toString(36).padStart(4, "0");
let counter = randomInt(36 ** 4);
function newId(): string {
  counter = (counter + 1) % 36 ** 4;
  const block = () => randomInt(36 ** 4).toString(36).padStart(4, "0");
  return `c${Date.now().toString(36).padStart(8, "0")}${counter.toString(36).padStart(4, "0")}${FINGERPRINT}${block()}${block()}`;
}
