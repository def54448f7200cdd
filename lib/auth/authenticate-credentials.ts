import { db } from "@/lib/db";
import { verifyPassword } from "@/lib/auth/password";
import { SIGN_IN_MAX_FAILURES, SIGN_IN_WINDOW_MS, signInSchema } from "@/lib/auth/sign-in.types";
import type { Role } from "@/lib/generated/prisma/enums";

export type AuthResult =
  | { ok: true; user: { id: string; email: string; name: string; role: Role } }
  | { ok: false; reason: "invalid-input" | "invalid-credentials" | "disabled" | "throttled"; message: string };

/**
 * Checks an email and password. Failed attempts are recorded in the database, so the
 * throttle (5 failures per 15 minutes per email) holds across app processes. A disabled user
 * cannot sign in, whatever the password.
 */
export async function authenticateCredentials(input: unknown): Promise<AuthResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return { ok: false, reason: "invalid-input", message: `${first?.path.join(".") || "input"}: ${first?.message ?? "invalid"}` };
  }
  const { email, password } = parsed.data;
  const since = new Date(Date.now() - SIGN_IN_WINDOW_MS);
  const failures = await db.signInAttempt.count({ where: { email, succeeded: false, at: { gte: since } } });
  if (failures >= SIGN_IN_MAX_FAILURES) {
    return { ok: false, reason: "throttled", message: "Too many failed sign-ins. Wait 15 minutes and try again." };
  }
  const user = await db.user.findUnique({ where: { email } });
  const valid = await verifyPassword(password, user?.passwordHash);
  if (!user || !valid) {
    await db.signInAttempt.create({ data: { email, succeeded: false } });
    return { ok: false, reason: "invalid-credentials", message: "Wrong email or password." };
  }
  if (user.disabled) {
    return { ok: false, reason: "disabled", message: "This account is disabled. Ask an administrator." };
  }
  await db.signInAttempt.create({ data: { email, succeeded: true } });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role } };
}
