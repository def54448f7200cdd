import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, can } from "@/lib/auth/policy";
import type { ApiTokenDto } from "@/lib/token/token.types";
import { toApiTokenDto } from "@/lib/token/to-api-token-dto";

/** The actor's own tokens; with `all` (admins only) every user's tokens with their owner. */
export async function listApiTokens(opts: { actor: Actor; all?: boolean }): Promise<ApiTokenDto[]> {
  assertCan(opts.actor, "token.manageOwn");
  const all = opts.all === true && can(opts.actor, "user.manage");
  const rows = await db.apiToken.findMany({
    where: all ? {} : { userId: opts.actor.id },
    orderBy: { createdAt: "desc" },
    include: { user: { select: { id: true, name: true, email: true } } },
    take: 500,
  });
  return rows.map(toApiTokenDto);
}
