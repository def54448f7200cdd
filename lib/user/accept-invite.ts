import { db } from "@/lib/db";
import { hashSecret } from "@/lib/auth/hash-token";
import { hashPassword } from "@/lib/auth/password";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/zod-to-app-error";
import { acceptInviteSchema } from "@/lib/user/user.types";

/**
 * Sets the password of an invited user from their one-time link. The token is consumed in the
 * same conditional update that sets the password, so a link works exactly once.
 */
export async function acceptInvite(input: unknown): Promise<{ email: string }> {
  const { token, password } = parseInput(acceptInviteSchema, input);
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const hash = hashSecret(token);
    const user = await tx.user.findUnique({ where: { inviteTokenHash: hash } });
    const now = new Date();
    const res = await tx.user.updateMany({
      where: { inviteTokenHash: hash, disabled: false, inviteExpiresAt: { gt: now } },
      data: { passwordHash, inviteTokenHash: null, inviteExpiresAt: null },
    });
    if (!user || res.count !== 1) {
      throw new AppError("NOT_FOUND", "This invitation link is invalid, already used or expired. Ask an administrator for a new one.");
    }
    await recordAuditEvent(tx, { actor: { id: user.id }, action: "user.acceptInvite", entityType: "user", entityId: user.id, after: { passwordSet: true } });
    return { email: user.email };
  });
}
