import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { generateSecret, hashSecret } from "@/lib/auth/hash-token";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/zod-to-app-error";
import { createApiTokenSchema, type ApiTokenDto } from "@/lib/token/token.types";
import { toApiTokenDto } from "@/lib/token/to-api-token-dto";

/**
 * Creates a personal API token for the actor. The secret is returned once and never stored:
 * only its sha256 is kept. Scopes narrow the owner's role, never widen it. Tokens cannot
 * mint tokens (a leaked token must not be able to outlive its revocation).
 */
export async function createApiToken(opts: { actor: Actor; input: unknown }): Promise<{ token: string; apiToken: ApiTokenDto }> {
  const { actor } = opts;
  assertCan(actor, "token.manageOwn");
  if (actor.via === "token") throw new AppError("FORBIDDEN", "API tokens cannot create tokens; sign in to the app");
  const input = parseInput(createApiTokenSchema, opts.input);
  const expiresAt = input.expiresAt ? new Date(input.expiresAt.length === 10 ? `${input.expiresAt}T23:59:59Z` : input.expiresAt) : null;
  if (expiresAt && expiresAt.getTime() <= Date.now()) {
    throw new AppError("INVALID_INPUT", "Invalid expiresAt", { fields: { expiresAt: "must be in the future" } });
  }
  const secret = generateSecret("fm");
  const row = await db.$transaction(async (tx) => {
    const created = await tx.apiToken.create({
      data: { userId: actor.id, name: input.name, prefix: secret.slice(0, 10), hash: hashSecret(secret), scopes: [...new Set(input.scopes)], expiresAt },
    });
    await recordAuditEvent(tx, {
      actor, action: "token.create", entityType: "token", entityId: created.id,
      after: { name: created.name, scopes: created.scopes, expiresAt: created.expiresAt },
    });
    return created;
  });
  return { token: secret, apiToken: toApiTokenDto(row) };
}
