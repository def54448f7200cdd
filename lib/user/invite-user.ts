import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { generateSecret, hashSecret } from "@/lib/auth/hash-token";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/zod-to-app-error";
import { toUserDto, userAuditFields } from "@/lib/user/to-user-dto";
import { INVITE_TTL_MS, inviteUserSchema, type UserDto } from "@/lib/user/user.types";

/**
 * An admin invites a user: the account is created without a password, with a one-time
 * set-password token valid 7 days. Only the token's hash is stored, so the returned
 * `invitePath` is shown once and cannot be recovered (re-invite to get a new one).
 */
export async function inviteUser(opts: { actor: Actor; input: unknown }): Promise<{ user: UserDto; invitePath: string; inviteToken: string }> {
  assertCan(opts.actor, "user.manage");
  const input = parseInput(inviteUserSchema, opts.input);
  const token = generateSecret("fmi");
  return db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email: input.email } });
    if (existing?.passwordHash) {
      throw new AppError("CONFLICT", "A user with this email already exists", { fields: { email: "is already in use" } });
    }
    const invite = { inviteTokenHash: hashSecret(token), inviteExpiresAt: new Date(Date.now() + INVITE_TTL_MS) };
    // inviting someone who never set a password again replaces their old (lost or expired) link
    const user = existing
      ? await tx.user.update({ where: { id: existing.id }, data: { ...input, ...invite } })
      : await tx.user.create({ data: { ...input, ...invite } });
    await recordAuditEvent(tx, {
      actor: opts.actor,
      action: existing ? "user.reinvite" : "user.invite",
      entityType: "user",
      entityId: user.id,
      before: existing ? userAuditFields(existing) : null,
      after: userAuditFields(user),
    });
    return { user: toUserDto(user), invitePath: `/invite/${token}`, inviteToken: token };
  });
}
