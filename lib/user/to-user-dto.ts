import type { User } from "@/lib/generated/prisma/client";
import type { UserDto } from "@/lib/user/user.types";

/** The admin view of a user: never the password hash or invite token hash. */
export function toUserDto(u: User): UserDto {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    disabled: u.disabled,
    invitePending: !u.passwordHash && !!u.inviteTokenHash,
    inviteExpiresAt: u.inviteExpiresAt?.toISOString() ?? null,
    createdAt: u.createdAt.toISOString(),
  };
}

/** What audit events record about a user (no secrets). */
export function userAuditFields(u: Pick<User, "email" | "name" | "role" | "disabled">) {
  return { email: u.email, name: u.name, role: u.role, disabled: u.disabled };
}
