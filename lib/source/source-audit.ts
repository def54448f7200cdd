import type { Tx } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";

/**
 * Records a source change on its claim's trail. `after.version` is the CLAIM's new version
 * and `changedFields` is ["sources"], so a stale claim update can say what changed.
 */
export async function recordSourceEvent(
  tx: Tx,
  e: { actor: Actor; action: string; sourceId: string; claimId: string; articleId: string; claimVersion: number; before?: unknown; after?: unknown },
): Promise<void> {
  await recordAuditEvent(tx, {
    actor: e.actor,
    action: e.action,
    entityType: "source",
    entityId: e.sourceId,
    claimId: e.claimId,
    articleId: e.articleId,
    before: e.before === undefined ? null : { source: e.before },
    after: { source: e.after ?? null, version: e.claimVersion, changedFields: ["sources"] },
  });
}
