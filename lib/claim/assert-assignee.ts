import type { Tx } from "@/lib/db";
import { invalid } from "@/lib/errors/app-error";
import type { PersonDto } from "@/lib/claim/claim.types";

/** Refuses an assignee who does not exist, is disabled, or is an exporter (who cannot edit claims); returns them. */
export async function assertAssignee(tx: Pick<Tx, "user">, assigneeId: string): Promise<PersonDto> {
  const user = await tx.user.findUnique({ where: { id: assigneeId }, select: { id: true, name: true, disabled: true, role: true } });
  if (!user || user.disabled) throw invalid({ assigneeId: "is not an active user" });
  if (user.role === "EXPORTER") throw invalid({ assigneeId: "an exporter cannot be assigned claims" });
  return { id: user.id, name: user.name };
}
