import type { Tx } from "@/lib/db";
import { invalid } from "@/lib/errors/app-error";

/** Refuses an assignee who does not exist, is disabled, or is an exporter (who cannot edit claims). */
export async function assertAssignee(tx: Pick<Tx, "user">, assigneeId: string): Promise<void> {
  const user = await tx.user.findUnique({ where: { id: assigneeId }, select: { disabled: true, role: true } });
  if (!user || user.disabled) throw invalid({ assigneeId: "is not an active user" });
  if (user.role === "EXPORTER") throw invalid({ assigneeId: "an exporter cannot be assigned claims" });
}
