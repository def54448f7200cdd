import type { NextAuthOptions } from "next-auth";
import { getServerSession } from "next-auth";
import { decode as decodeJwt, type JWT } from "next-auth/jwt";

/** What next-auth reads a session from: lower-case header names, cookies by name. */
export type SessionSource = {
  headers: Record<string, string | undefined>;
  cookies: Record<string, string>;
};

/**
 * The user id of the next-auth session in `source`, or null — the same answer as
 * `getServerSession(authOptions)?.user.id`, without running next-auth's whole handler
 * (option set-up, CSRF token, callback URL, and re-encrypting a fresh cookie that a server
 * component or route cannot even send). The checks are next-auth 4's own, step by step:
 *
 * - secret: `options.secret`, else NEXTAUTH_SECRET, else AUTH_SECRET; with none (a
 *   development server, where next-auth derives one) this falls back to getServerSession;
 * - cookie name: `options.cookies.sessionToken.name`, else `next-auth.session-token` with
 *   the `__Secure-` prefix when `options.useSecureCookies`, else when the origin
 *   (NEXTAUTH_URL, or the forwarded host/proto with VERCEL/AUTH_TRUST_HOST) is https;
 *   chunked cookies (`….0`, `….1`) are joined in order, as next-auth's SessionStore does;
 * - the token: `next-auth/jwt`'s decode (A256GCM with the HKDF-derived key: a tampered,
 *   truncated or forged cookie fails) whose jose check refuses an `exp` more than 15 s past
 *   (and an `nbf` more than 15 s ahead). Decoding derives the key with HKDF every time,
 *   which cost ~10 % of the server's CPU at 32 writers, so a token that decoded is kept
 *   (by its exact string, with the secret) in a small LRU and, when seen again, only its
 *   time checks are redone, with jose's arithmetic: a byte-identical token under the same
 *   secret decrypts to the same payload, and any other string is decoded afresh;
 * - the jwt and session callbacks of `options`, then `session.user.id`.
 *
 * Not reproduced: next-auth answers 500 when the callback-url cookie is not a valid URL
 * (an open-redirect guard for its own pages); here that cookie is ignored. The caller must
 * still reload the user (disabled users, role changes).
 */
export async function readSessionUserId(source: SessionSource, options: NextAuthOptions): Promise<string | null> {
  const secret = options.secret ?? process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET;
  const strategy = options.session?.strategy ?? (options.adapter ? "database" : "jwt");
  if (!secret || strategy !== "jwt") return fromServerSession(source, options);

  const name = options.cookies?.sessionToken?.name ?? `${useSecureCookies(source, options) ? "__Secure-" : ""}next-auth.session-token`;
  const token = sessionCookieValue(source.cookies, name);
  if (!token) return null;
  const jwtOptions = options.jwt ?? {};
  try {
    const decoded = jwtOptions.decode
      ? await jwtOptions.decode({ ...jwtOptions, secret, token })
      : await decodeCached(secret, token);
    if (!decoded) return null;
    const callbacks = options.callbacks ?? {};
    const jwt = callbacks.jwt ? await callbacks.jwt({ token: decoded, session: undefined } as Parameters<NonNullable<typeof callbacks.jwt>>[0]) : decoded;
    const expires = new Date(Date.now() + (options.session?.maxAge ?? 30 * 24 * 60 * 60) * 1000).toISOString();
    const base = { user: { name: decoded.name, email: decoded.email, image: decoded.picture }, expires };
    const session = callbacks.session ? await callbacks.session({ session: base, token: jwt } as Parameters<NonNullable<typeof callbacks.session>>[0]) : base;
    const id = (session?.user as { id?: unknown } | undefined)?.id;
    return typeof id === "string" && id ? id : null;
  } catch {
    // next-auth logs JWT_SESSION_ERROR and answers "no session"
    return null;
  }
}

/** Decoded tokens by their exact string (see readSessionUserId); Map order = least recent first. */
const decodedTokens = new Map<string, { secret: string; payload: JWT }>();
const MAX_DECODED_TOKENS = 2000;
/** next-auth's decode passes clockTolerance: 15 to jose's jwtDecrypt. */
const CLOCK_TOLERANCE_S = 15;

async function decodeCached(secret: string, token: string): Promise<JWT | null> {
  const hit = decodedTokens.get(token);
  if (hit && hit.secret === secret) {
    // jose's time checks (jwt_claims_set), redone against the current time
    const now = Math.floor(Date.now() / 1000);
    const { nbf, exp } = hit.payload as { nbf?: number; exp?: number };
    if ((nbf !== undefined && nbf > now + CLOCK_TOLERANCE_S) || (exp !== undefined && exp <= now - CLOCK_TOLERANCE_S)) {
      decodedTokens.delete(token);
      throw new Error("JWT expired");
    }
    decodedTokens.delete(token);
    decodedTokens.set(token, hit);
    return { ...hit.payload };
  }
  const payload = await decodeJwt({ secret, token }); // throws on a bad token: nothing is kept
  if (!payload) return null;
  decodedTokens.set(token, { secret, payload: { ...payload } });
  if (decodedTokens.size > MAX_DECODED_TOKENS) decodedTokens.delete(decodedTokens.keys().next().value as string);
  return payload;
}

/** Empties the decoded-token cache (tests). */
export function clearDecodedSessionTokens(): void {
  decodedTokens.clear();
}

/** next-auth's `detectOrigin` + `parseUrl` + `useSecureCookies ?? base.startsWith("https://")`. */
function useSecureCookies(source: SessionSource, options: NextAuthOptions): boolean {
  if (options.useSecureCookies !== undefined) return options.useSecureCookies;
  const h = source.headers;
  let origin = process.env.NEXTAUTH_URL;
  if (!origin && (process.env.VERCEL ?? process.env.AUTH_TRUST_HOST)) {
    origin = `${h["x-forwarded-proto"] === "http" ? "http" : "https"}://${h["x-forwarded-host"] ?? h.host}`;
  }
  if (!origin) return false; // next-auth's default origin is http://localhost:3000
  if (!origin.startsWith("http")) origin = `https://${origin}`;
  return new URL(origin).origin.startsWith("https://");
}

/** next-auth's SessionStore.value: every cookie whose name starts with `name`, by chunk suffix. */
function sessionCookieValue(cookies: Record<string, string>, name: string): string {
  const chunks: Record<string, string> = {};
  for (const key in cookies) if (key.startsWith(name)) chunks[key] = cookies[key]!;
  const suffix = (key: string) => parseInt(key.split(".").pop() ?? "0");
  return Object.keys(chunks).sort((a, b) => suffix(a) - suffix(b)).map((k) => chunks[k]).join("");
}

async function fromServerSession(source: SessionSource, options: NextAuthOptions): Promise<string | null> {
  const res = { getHeader: () => undefined, setHeader: () => undefined, setCookie: () => undefined };
  const session = await getServerSession(source as never, res as never, options);
  const id = (session?.user as { id?: unknown } | undefined)?.id;
  return typeof id === "string" && id ? id : null;
}
