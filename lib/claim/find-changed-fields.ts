import type { Tx } from "@/lib/db";
import type { ClaimField } from "@/lib/claim/claim.types";

/**
 * Which claim fields changed after `sinceVersion`, read from the audit trail: every write
 * that bumps a claim's version records `after: { version, changedFields }`. Events from
 * writers that name no fields but change the status count as "status".
 */
export async function findChangedFields(tx: Pick<Tx, "auditEvent">, claimId: string, sinceVersion: number): Promise<ClaimField[]> {
  const events = await tx.auditEvent.findMany({
    where: { claimId, after: { path: ["version"], gt: sinceVersion } },
    orderBy: { id: "asc" },
    select: { after: true },
    take: 500,
  });
  const fields = new Set<ClaimField>();
  for (const e of events) {
    const after = (e.after ?? {}) as { changedFields?: unknown; status?: unknown };
    if (Array.isArray(after.changedFields)) {
      for (const f of after.changedFields) if (typeof f === "string") fields.add(f as ClaimField);
    } else if (after.status !== undefined) {
      fields.add("status");
    }
  }
  return [...fields];
}
