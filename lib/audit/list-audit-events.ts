import { z } from "zod";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { parseInput } from "@/lib/errors/zod-to-app-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AUDIT_ACTOR_SELECT, toAuditEventDto, type AuditEventDto } from "@/lib/audit/audit-event-dto";

const dateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/, "must be a date YYYY-MM-DD or an ISO timestamp").refine((v) => !Number.isNaN(Date.parse(v)), "is not a real date");

export const auditFilterSchema = z
  .object({
    actorId: z.string().min(1).max(100).optional(),
    entityType: z.string().min(1).max(40).optional(),
    entityId: z.string().min(1).max(100).optional(),
    /** inclusive; a bare date means the start of that day (UTC) */
    from: dateSchema.optional(),
    /** inclusive; a bare date means the whole of that day (UTC) */
    to: dateSchema.optional(),
    /** the `nextCursor` of the previous page */
    cursor: z.string().regex(/^\d{1,19}$/, "must be an event id").optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strip();

export type AuditPage = { events: AuditEventDto[]; nextCursor: string | null };

/**
 * All audit events, newest first, for admins. Keyset pagination on the id (stable while new
 * events arrive): pass the returned `nextCursor` to get the next, older page.
 */
export async function listAuditEvents(opts: { actor: Actor; filter?: unknown }): Promise<AuditPage> {
  assertCan(opts.actor, "audit.read");
  const f = parseInput(auditFilterSchema, opts.filter ?? {});
  const where: Prisma.AuditEventWhereInput = {};
  if (f.actorId) where.actorId = f.actorId;
  if (f.entityType) where.entityType = f.entityType;
  if (f.entityId) where.entityId = f.entityId;
  if (f.from || f.to) {
    where.at = {
      ...(f.from ? { gte: new Date(f.from) } : {}),
      ...(f.to ? { lt: f.to.length === 10 ? new Date(Date.parse(f.to) + 86_400_000) : new Date(Date.parse(f.to) + 1) } : {}),
    };
  }
  if (f.cursor) where.id = { lt: BigInt(f.cursor) };
  const rows = await db.auditEvent.findMany({ where, orderBy: { id: "desc" }, take: f.limit + 1, include: AUDIT_ACTOR_SELECT });
  const page = rows.slice(0, f.limit);
  const hasMore = rows.length > f.limit;
  return { events: page.map(toAuditEventDto), nextCursor: hasMore ? (page.at(-1)?.id.toString() ?? null) : null };
}
