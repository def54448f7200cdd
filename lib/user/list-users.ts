import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { toUserDto } from "@/lib/user/to-user-dto";
import type { UserDto } from "@/lib/user/user.types";

/** Every user, for the admin's user list, by name. Demo users included (they are real accounts). */
export async function listUsers(opts: { actor: Actor }): Promise<UserDto[]> {
  assertCan(opts.actor, "user.list");
  const users = await db.user.findMany({ orderBy: [{ name: "asc" }, { id: "asc" }], take: 2000 });
  return users.map(toUserDto);
}
