import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { AppError, notFound } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/zod-to-app-error";
import { toUserDto, userAuditFields } from "@/lib/user/to-user-dto";
import { updateUserSchema, type UserDto } from "@/lib/user/user.types";

/**
 * An admin renames a user, changes their role, or disables / re-enables them. A disabled
 * user loses access at their next request (get-actor reloads the user each time). Admins
 * cannot demote or disable themselves, so the newsroom is never left without an admin by accident.
 */
export async function updateUser(opts: { actor: Actor; userId: string; input: unknown }): Promise<UserDto> {
  assertCan(opts.actor, "user.manage");
  const input = parseInput(updateUserSchema, opts.input);
  if (opts.userId === opts.actor.id && (input.disabled === true || (input.role && input.role !== "ADMIN"))) {
    throw new AppError("CONFLICT", "You cannot disable yourself or remove your own admin role; ask another admin");
  }
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: opts.userId } });
    if (!before) throw notFound("User");
    const user = await tx.user.update({ where: { id: opts.userId }, data: input });
    const action = input.disabled === true && !before.disabled ? "user.disable" : input.disabled === false && before.disabled ? "user.enable" : "user.update";
    await recordAuditEvent(tx, { actor: opts.actor, action, entityType: "user", entityId: user.id, before: userAuditFields(before), after: userAuditFields(user) });
    return toUserDto(user);
  });
}
