import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { getServerSession, type NextAuthOptions } from "next-auth";
import { encode } from "next-auth/jwt";
import { authOptions } from "@/lib/auth/auth-options";
import { clearDecodedSessionTokens, readSessionUserId, type SessionSource } from "@/lib/auth/read-session-user-id";

// readSessionUserId must answer exactly what next-auth's getServerSession answers for every
// cookie: each case is checked against the expected id AND against getServerSession itself.
const SECRET = "unit-test-secret-0123456789abcdef";
const options: NextAuthOptions = { ...authOptions, logger: { error() {}, warn() {}, debug() {} } };
const claims = { sub: "user_1", uid: "user_1", role: "EDITOR", email: "e@example.test", name: "E" };
const PLAIN = "next-auth.session-token";
const SECURE = "__Secure-next-auth.session-token";
const ENV_KEYS = ["NEXTAUTH_SECRET", "AUTH_SECRET", "NEXTAUTH_URL", "AUTH_TRUST_HOST", "VERCEL"] as const;
let saved: Record<string, string | undefined>;

beforeEach(() => {
  saved = Object.fromEntries(ENV_KEYS.map((k) => [k, process.env[k]]));
  for (const k of ENV_KEYS) delete process.env[k];
  process.env.NEXTAUTH_SECRET = SECRET;
  process.env.NEXTAUTH_URL = "http://127.0.0.1:3000";
  clearDecodedSessionTokens();
});
afterEach(() => {
  vi.useRealTimers();
  for (const k of ENV_KEYS) {
    if (saved[k] === undefined) delete process.env[k];
    else (process.env as Record<string, string | undefined>)[k] = saved[k];
  }
});

const token = (o: { secret?: string; maxAge?: number; payload?: Record<string, unknown> } = {}) =>
  encode({ token: o.payload ?? claims, secret: o.secret ?? SECRET, maxAge: o.maxAge ?? 3600 });
const source = (cookies: Record<string, string>, headers: Record<string, string> = { host: "127.0.0.1:3000" }): SessionSource => ({ headers, cookies });

async function nextAuthAnswer(s: SessionSource): Promise<string | null> {
  const res = { getHeader: () => undefined, setHeader: () => undefined, setCookie: () => undefined };
  const session = await getServerSession(s as never, res as never, options);
  return ((session?.user as { id?: string } | undefined)?.id) ?? null;
}

async function expectBoth(s: SessionSource, expected: string | null) {
  expect(await readSessionUserId(s, options)).toBe(expected);
  expect(await nextAuthAnswer(s)).toBe(expected);
}

const flip = (s: string, i: number) => s.slice(0, i) + (s[i] === "A" ? "B" : "A") + s.slice(i + 1);

describe("readSessionUserId (the session cookie, read as next-auth reads it)", () => {
  it("a valid cookie gives the token's user id", async () => {
    await expectBoth(source({ [PLAIN]: await token() }), "user_1");
  });

  it("signed out (no cookie, an empty cookie, only other cookies) is nobody", async () => {
    await expectBoth(source({}), null);
    await expectBoth(source({ [PLAIN]: "" }), null);
    await expectBoth(source({ "next-auth.csrf-token": "x", other: "y" }), null);
  });

  it("an expired cookie is nobody; within jose's 15 s clock tolerance it still counts", async () => {
    await expectBoth(source({ [PLAIN]: await token({ maxAge: -60 }) }), null);
    await expectBoth(source({ [PLAIN]: await token({ maxAge: -5 }) }), "user_1");
  });

  it("tampered, truncated, garbage or forged (another secret) cookies are nobody", async () => {
    const value = await token();
    await expectBoth(source({ [PLAIN]: flip(value, Math.floor(value.length / 2)) }), null);
    await expectBoth(source({ [PLAIN]: flip(value, value.length - 5) }), null);
    await expectBoth(source({ [PLAIN]: value.slice(0, -10) }), null);
    await expectBoth(source({ [PLAIN]: "eyJhbGciOiJub25lIn0.eyJ1aWQiOiJ1c2VyXzEifQ." }), null);
    await expectBoth(source({ [PLAIN]: await token({ secret: "some-other-secret" }) }), null);
  });

  it("a token without a user id is nobody", async () => {
    await expectBoth(source({ [PLAIN]: await token({ payload: { sub: "x", email: "a@b.c" } }) }), null);
  });

  it("uses the __Secure- cookie (only) when NEXTAUTH_URL is https", async () => {
    const value = await token();
    process.env.NEXTAUTH_URL = "https://factmark.example";
    await expectBoth(source({ [SECURE]: value }), "user_1");
    await expectBoth(source({ [PLAIN]: value }), null);
    process.env.NEXTAUTH_URL = "http://factmark.example";
    await expectBoth(source({ [SECURE]: value }), null);
    await expectBoth(source({ [PLAIN]: value }), "user_1");
  });

  it("follows the forwarded proto only when AUTH_TRUST_HOST is set and NEXTAUTH_URL is not", async () => {
    const value = await token();
    delete process.env.NEXTAUTH_URL;
    const https = { host: "internal:3000", "x-forwarded-host": "factmark.example", "x-forwarded-proto": "https" };
    await expectBoth(source({ [SECURE]: value }, https), null);
    await expectBoth(source({ [PLAIN]: value }, https), "user_1");
    process.env.AUTH_TRUST_HOST = "1";
    await expectBoth(source({ [SECURE]: value }, https), "user_1");
    await expectBoth(source({ [PLAIN]: value }, https), null);
    await expectBoth(source({ [PLAIN]: value }, { ...https, "x-forwarded-proto": "http" }), "user_1");
  });

  it("joins a chunked cookie (.0, .1) in chunk order", async () => {
    const value = await token();
    const cut = Math.floor(value.length / 2);
    await expectBoth(source({ [`${PLAIN}.1`]: value.slice(cut), [`${PLAIN}.0`]: value.slice(0, cut) }), "user_1");
    await expectBoth(source({ [`${PLAIN}.0`]: value.slice(cut), [`${PLAIN}.1`]: value.slice(0, cut) }), null);
    await expectBoth(source({ [`${PLAIN}.0`]: value.slice(0, cut) }), null);
  });

  it("honours AUTH_SECRET when NEXTAUTH_SECRET is unset", async () => {
    delete process.env.NEXTAUTH_SECRET;
    process.env.AUTH_SECRET = SECRET;
    await expectBoth(source({ [PLAIN]: await token() }), "user_1");
    await expectBoth(source({ [PLAIN]: await token({ secret: "some-other-secret" }) }), null);
  });

  describe("a token seen before (kept decoded, only its time checks redone)", () => {
    it("stops counting once it expires, like a fresh decode", async () => {
      vi.useFakeTimers({ toFake: ["Date"] });
      vi.setSystemTime(new Date("2026-12-04T12:00:00Z"));
      const s = source({ [PLAIN]: await token({ maxAge: 60 }) });
      await expectBoth(s, "user_1");
      await expectBoth(s, "user_1"); // the second read is the kept one
      vi.setSystemTime(new Date("2026-12-04T12:01:14Z")); // exp + 14 s: within the tolerance
      await expectBoth(s, "user_1");
      vi.setSystemTime(new Date("2026-12-04T12:01:15Z")); // exp + 15 s: expired
      await expectBoth(s, null);
      vi.setSystemTime(new Date("2026-12-04T12:00:30Z")); // a clock going back decodes it afresh
      await expectBoth(s, "user_1");
    });

    it("is nobody under another secret (rotated NEXTAUTH_SECRET)", async () => {
      const s = source({ [PLAIN]: await token() });
      await expectBoth(s, "user_1");
      process.env.NEXTAUTH_SECRET = "a-rotated-secret-0123456789";
      await expectBoth(s, null);
    });

    it("does not make a tampered copy of it valid", async () => {
      const value = await token();
      await expectBoth(source({ [PLAIN]: value }), "user_1");
      await expectBoth(source({ [PLAIN]: flip(value, Math.floor(value.length / 2)) }), null);
      await expectBoth(source({ [PLAIN]: `${value}x` }), null);
      await expectBoth(source({ [PLAIN]: value }), "user_1");
    });
  });
});
