import { db } from "@/lib/db";
import { hashSecret } from "@/lib/auth/hash-token";

/** The invited user a set-password token belongs to, or null when it is unknown, used or expired. */
export async function findInvite(token: string): Promise<{ email: string; name: string } | null> {
  if (!token || token.length > 200) return null;
  const user = await db.user.findUnique({ where: { inviteTokenHash: hashSecret(token) } });
  if (!user || user.disabled || !user.inviteExpiresAt || user.inviteExpiresAt <= new Date()) return null;
  return { email: user.email, name: user.name };
}
