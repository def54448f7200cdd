import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, can } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { notFound } from "@/lib/errors/app-error";
import type { ApiTokenDto } from "@/lib/token/token.types";
import { toApiTokenDto } from "@/lib/token/to-api-token-dto";

/** Revokes a token (the owner's own, or any token for an admin). Revoking twice is a no-op. */
export async function revokeApiToken(opts: { actor: Actor; tokenId: string }): Promise<ApiTokenDto> {
  assertCan(opts.actor, "token.manageOwn");
  const isAdmin = can(opts.actor, "user.manage");
  return db.$transaction(async (tx) => {
    const token = await tx.apiToken.findFirst({ where: { id: opts.tokenId, ...(isAdmin ? {} : { userId: opts.actor.id }) } });
    if (!token) throw notFound("Token");
    if (token.revokedAt) return toApiTokenDto(token);
    const updated = await tx.apiToken.update({ where: { id: token.id }, data: { revokedAt: new Date() } });
    await recordAuditEvent(tx, {
      actor: opts.actor, action: "token.revoke", entityType: "token", entityId: token.id,
      before: { revokedAt: null }, after: { revokedAt: updated.revokedAt },
    });
    return toApiTokenDto(updated);
  });
}
