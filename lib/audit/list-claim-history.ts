import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { notFound } from "@/lib/errors/app-error";
import { AUDIT_ACTOR_SELECT, toAuditEventDto, type AuditEventDto } from "@/lib/audit/audit-event-dto";

/**
 * A claim's history tab: every audit event about the claim, its verdict, sources, comments
 * and reviews (they all carry `claimId`), oldest first, each with its before → after changes.
 */
export type ClaimHistory = {
  claim: { id: string; exact: string; articleId: string; articleTitle: string };
  events: AuditEventDto[];
};

export async function listClaimHistory(opts: { actor: Actor; claimId: string }): Promise<ClaimHistory> {
  assertCan(opts.actor, "history.read");
  const claim = await db.claim.findUnique({
    where: { id: opts.claimId },
    select: { id: true, exact: true, articleId: true, article: { select: { title: true } } },
  });
  // events outlive rows, but a deleted claim's history is only for the admin audit page
  if (!claim) throw notFound("Claim");
  const rows = await db.auditEvent.findMany({
    where: { claimId: opts.claimId },
    orderBy: { id: "asc" },
    take: 2000,
    include: AUDIT_ACTOR_SELECT,
  });
  return {
    claim: { id: claim.id, exact: claim.exact, articleId: claim.articleId, articleTitle: claim.article.title },
    events: rows.map(toAuditEventDto),
  };
}
