import type { Tx } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { Prisma } from "@/lib/generated/prisma/client";

export type AuditInput = {
  actor: Pick<Actor, "id"> | null;
  action: string;
  entityType: "article" | "revision" | "claim" | "verdict" | "source" | "review" | "comment" | "user" | "token" | "setting" | "ratingScale" | "suggestion";
  entityId: string;
  claimId?: string | null;
  articleId?: string | null;
  before?: unknown;
  after?: unknown;
};

/**
 * Appends one audit event. Call it with the transaction client of the change it records, so
 * the event and the change commit or roll back together. The table is append-only (a
 * database trigger rejects UPDATE/DELETE); nothing in the app updates or deletes events.
 */
export async function recordAuditEvent(tx: Tx, e: AuditInput): Promise<void> {
  await tx.auditEvent.create({ data: { ...auditColumns(e), before: toJson(e.before), after: toJson(e.after) } });
}

/**
 * The columns of one audit event with `before`/`after` as JSON text (null for none), for an
 * operation that writes its change and the event in ONE SQL statement (see createClaim).
 */
export function auditEventRow(e: AuditInput) {
  const text = (v: unknown) => (v === undefined || v === null ? null : JSON.stringify(v));
  return { ...auditColumns(e), before: text(e.before), after: text(e.after) };
}

/** Who did what to which entity: the columns every audit event has besides before/after. */
function auditColumns(e: AuditInput) {
  return {
    actorId: e.actor?.id ?? null,
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    claimId: e.claimId ?? null,
    articleId: e.articleId ?? null,
  };
}

function toJson(v: unknown): Prisma.InputJsonValue | typeof Prisma.DbNull {
  if (v === undefined || v === null) return Prisma.DbNull;
  // dates → ISO strings, drops undefined; audit payloads are plain data
  return JSON.parse(JSON.stringify(v)) as Prisma.InputJsonValue;
}
