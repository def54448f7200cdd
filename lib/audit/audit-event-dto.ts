import type { AuditEvent } from "@/lib/generated/prisma/client";
import { diffAuditValues, type ValueChange } from "@/lib/audit/diff-audit-values";

export type AuditEventDto = {
  /** bigint id as a string (JSON has no 64-bit integers) */
  id: string;
  at: string;
  action: string;
  entityType: string;
  entityId: string;
  claimId: string | null;
  articleId: string | null;
  actor: { id: string; name: string; email: string } | null;
  before: unknown;
  after: unknown;
  changes: ValueChange[];
};

/** JSON shape of one audit event, with its before → after changes worked out. */
export function toAuditEventDto(e: AuditEvent & { actor: { id: string; name: string; email: string } | null }): AuditEventDto {
  return {
    id: e.id.toString(),
    at: e.at.toISOString(),
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    claimId: e.claimId,
    articleId: e.articleId,
    actor: e.actor,
    before: e.before,
    after: e.after,
    changes: diffAuditValues(e.before, e.after),
  };
}

export const AUDIT_ACTOR_SELECT = { actor: { select: { id: true, name: true, email: true } } } as const;
