import type { ApiTokenDto } from "@/lib/token/token.types";

type Row = {
  id: string; name: string; prefix: string; scopes: string[]; expiresAt: Date | null; lastUsedAt: Date | null;
  revokedAt: Date | null; createdAt: Date; user?: { id: string; name: string; email: string };
};

export function toApiTokenDto(t: Row): ApiTokenDto {
  return {
    id: t.id, name: t.name, prefix: t.prefix, scopes: t.scopes,
    expiresAt: t.expiresAt?.toISOString() ?? null, lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
    revokedAt: t.revokedAt?.toISOString() ?? null, createdAt: t.createdAt.toISOString(),
    ...(t.user ? { owner: { id: t.user.id, name: t.user.name, email: t.user.email } } : {}),
  };
}
