import { cookies, headers } from "next/headers";
import { authOptions } from "@/lib/auth/auth-options";
import { readSessionUserId } from "@/lib/auth/read-session-user-id";
import { db } from "@/lib/db";
import type { Actor, TokenScope } from "@/lib/auth/actor";
import { hashSecret } from "@/lib/auth/hash-token";
import { AppError } from "@/lib/errors/app-error";

/**
 * The actor of a server request: a bearer token (`Authorization: Bearer fm_...`) when given,
 * else the session cookie (decoded as next-auth does, see readSessionUserId). The user row is
 * reloaded every time, so disabled users and role changes take effect at once. Returns null
 * when nobody is signed in; throws UNAUTHENTICATED for a bad, revoked or expired token (a
 * script should not silently fall back to anonymous).
 */
export async function getActor(request?: Request): Promise<Actor | null> {
  const auth = request?.headers.get("authorization");
  if (auth) return getTokenActor(auth);
  const id = await readSessionUserId(await requestSessionSource(), authOptions);
  if (!id) return null;
  const user = await db.user.findUnique({ where: { id }, select: { id: true, email: true, name: true, role: true, disabled: true } });
  if (!user || user.disabled) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, via: "session" };
}

/** The request's headers and cookies, read as getServerSession reads them (next/headers). */
async function requestSessionSource() {
  const [h, c] = await Promise.all([headers(), cookies()]);
  return { headers: Object.fromEntries(h), cookies: Object.fromEntries(c.getAll().map((x) => [x.name, x.value])) };
}

async function getTokenActor(header: string): Promise<Actor> {
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match?.[1]) throw new AppError("UNAUTHENTICATED", "Authorization header must be 'Bearer <token>'");
  const token = await db.apiToken.findUnique({ where: { hash: hashSecret(match[1]) }, include: { user: true } });
  const now = new Date();
  if (!token || token.revokedAt || (token.expiresAt && token.expiresAt <= now) || token.user.disabled) {
    throw new AppError("UNAUTHENTICATED", "The API token is invalid, revoked or expired");
  }
  // last use is informational: at most one write per minute per token
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > 60_000) {
    await db.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: now } });
  }
  const u = token.user;
  return { id: u.id, email: u.email, name: u.name, role: u.role, via: "token", scopes: token.scopes as TokenScope[] };
}
