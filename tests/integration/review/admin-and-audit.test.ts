import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { inviteUser } from "@/lib/user/invite-user";
import { updateUser } from "@/lib/user/update-user";
import { acceptInvite } from "@/lib/user/accept-invite";
import { findInvite } from "@/lib/user/find-invite";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { updateSettings } from "@/lib/settings/update-settings";
import { getSettings } from "@/lib/settings/get-settings";
import { updateRatingScale } from "@/lib/rating-scale/update-rating-scale";
import { verifyPassword } from "@/lib/auth/password";
import { uniqueSuffix } from "../helpers/create-test-data";
import { createActor, createTestClaim, createTestRating, errorOf } from "./review-fixtures";

// getActor reads the request's cookies through next/headers: stand in for the request, with a
// session cookie signed as next-auth signs it (so the real decoding runs)
const session = vi.hoisted(() => ({ cookie: null as string | null }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ host: "127.0.0.1" }),
  cookies: async () => ({ getAll: () => (session.cookie ? [{ name: "next-auth.session-token", value: session.cookie }] : []) }),
}));
const { getActor } = await import("@/lib/auth/get-actor");
const { encode } = await import("next-auth/jwt");
const SECRET = "integration-secret-0123456789";
async function signInAs(userId: string | null) {
  vi.stubEnv("NEXTAUTH_SECRET", SECRET);
  vi.stubEnv("NEXTAUTH_URL", "http://127.0.0.1");
  session.cookie = userId ? await encode({ token: { sub: userId, uid: userId }, secret: SECRET }) : null;
}

describe("users", () => {
  it("invite → one-time link → password set; the link then stops working", async () => {
    const admin = await createActor("ADMIN");
    const email = `invited-${uniqueSuffix()}@test.factmark`;
    const { user, invitePath, inviteToken } = await inviteUser({ actor: admin, input: { email, name: "New Checker", role: "FACT_CHECKER" } });
    expect(invitePath).toBe(`/invite/${inviteToken}`);
    expect(user.invitePending).toBe(true);
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.inviteTokenHash).not.toContain(inviteToken); // only the hash is stored
    expect(row.inviteExpiresAt!.getTime() - Date.now()).toBeGreaterThan(6.9 * 86_400_000);
    expect(await findInvite(inviteToken)).toMatchObject({ email });
    await acceptInvite({ token: inviteToken, password: "correct horse battery" });
    expect(await verifyPassword("correct horse battery", (await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash)).toBe(true);
    expect(await findInvite(inviteToken)).toBeNull();
    expect((await errorOf(acceptInvite({ token: inviteToken, password: "another password!" }))).code).toBe("NOT_FOUND");
    expect((await errorOf(inviteUser({ actor: admin, input: { email, name: "Again", role: "EDITOR" } }))).code).toBe("CONFLICT");
  });

  it("only admins manage users", async () => {
    const editor = await createActor("EDITOR");
    expect((await errorOf(inviteUser({ actor: editor, input: { email: `x-${uniqueSuffix()}@t.factmark`, name: "X", role: "ADMIN" } }))).code).toBe("FORBIDDEN");
  });

  it("a disabled user loses access at their next request", async () => {
    const admin = await createActor("ADMIN");
    const fc = await createActor("FACT_CHECKER");
    await signInAs(fc.id);
    expect((await getActor())?.id).toBe(fc.id);
    await updateUser({ actor: admin, userId: fc.id, input: { disabled: true } });
    expect(await getActor()).toBeNull();
    const events = await listAuditEvents({ actor: admin, filter: { entityType: "user", entityId: fc.id } });
    expect(events.events[0]).toMatchObject({ action: "user.disable", actor: { id: admin.id } });
    await updateUser({ actor: admin, userId: fc.id, input: { disabled: false, role: "EDITOR" } });
    expect(await getActor()).toMatchObject({ id: fc.id, role: "EDITOR" });
    await signInAs(null);
    expect(await getActor()).toBeNull(); // signed out
    vi.unstubAllEnvs();
  });

  it("an admin cannot disable themselves", async () => {
    const admin = await createActor("ADMIN");
    expect((await errorOf(updateUser({ actor: admin, userId: admin.id, input: { disabled: true } }))).code).toBe("CONFLICT");
  });
});

describe("audit log", () => {
  it("UPDATE on an audit event fails at the database, even through the app's client", async () => {
    const fc = await createActor("FACT_CHECKER");
    const claim = await createTestClaim(fc);
    const ev = await db.auditEvent.create({ data: { action: "test.event", entityType: "claim", entityId: claim.id, claimId: claim.id } });
    await expect(db.auditEvent.update({ where: { id: ev.id }, data: { action: "tampered" } })).rejects.toThrow(/append-only/);
    expect((await db.auditEvent.findUniqueOrThrow({ where: { id: ev.id } })).action).toBe("test.event");
  });

  it("pages newest first with a keyset cursor and filters by actor", async () => {
    const admin = await createActor("ADMIN");
    for (let i = 0; i < 3; i++) await db.auditEvent.create({ data: { actorId: admin.id, action: `test.page${i}`, entityType: "setting", entityId: "x" } });
    const first = await listAuditEvents({ actor: admin, filter: { actorId: admin.id, limit: "2" } });
    expect(first.events.map((e) => e.action)).toEqual(["test.page2", "test.page1"]);
    const second = await listAuditEvents({ actor: admin, filter: { actorId: admin.id, limit: "2", cursor: first.nextCursor } });
    expect(second.events.map((e) => e.action)).toEqual(["test.page0"]);
    expect(second.nextCursor).toBeNull();
    const editor = await createActor("EDITOR");
    expect((await errorOf(listAuditEvents({ actor: editor }))).code).toBe("FORBIDDEN");
  });
});

describe("settings and rating scale", () => {
  it("settings changes are validated and audited", async () => {
    const admin = await createActor("ADMIN");
    const bad = await errorOf(updateSettings({ actor: admin, input: { minSources: 0 } }));
    expect(bad).toMatchObject({ code: "INVALID_INPUT", fields: { minSources: expect.any(String) } });
    const name = `Newsroom ${uniqueSuffix()}`;
    expect((await updateSettings({ actor: admin, input: { newsroomName: name } })).newsroomName).toBe(name);
    expect((await getSettings()).newsroomName).toBe(name);
    const ev = await listAuditEvents({ actor: admin, filter: { actorId: admin.id, entityType: "setting" } });
    expect(ev.events[0]?.changes[0]).toMatchObject({ key: "newsroomName", after: name });
  });

  it("a rating in use cannot be deleted, only retired; keys stay stable", async () => {
    const admin = await createActor("ADMIN");
    const fc = await createActor("FACT_CHECKER");
    const claim = await createTestClaim(fc, { complete: true });
    const used = (await db.verdict.findUniqueOrThrow({ where: { claimId: claim.id }, include: { rating: true } })).rating!;
    const spare = await createTestRating();
    type Entry = Awaited<ReturnType<typeof db.ratingScaleEntry.findMany>>[number];
    const asInput = (r: Entry) => ({ key: r.key, label: r.label, value: r.value, colour: r.colour, retired: r.retired });
    // other test files add (in-use) ratings meanwhile: build each PUT from a fresh read, retry on their conflicts
    const put = async (build: (current: Entry[]) => ReturnType<typeof asInput>[]) => {
      for (let attempt = 0; ; attempt++) {
        const current = await db.ratingScaleEntry.findMany({ orderBy: { position: "asc" } });
        try {
          return await updateRatingScale({ actor: admin, input: { entries: build(current) } });
        } catch (e) {
          if ((e as { code?: string }).code !== "CONFLICT" || attempt >= 5 || !(e as Error).message.includes("test-")) throw e;
        }
      }
    };
    const refused = await errorOf(put((current) => current.filter((r) => r.id !== used.id).map(asInput)));
    expect(refused.code).toBe("CONFLICT");
    expect(refused.message).toContain(used.label);
    expect(await db.ratingScaleEntry.findUnique({ where: { id: spare.id } })).not.toBeNull(); // nothing changed
    await put((current) => current.filter((r) => r.id !== spare.id).map((r) => (r.id === used.id ? { ...asInput(r), label: "Renamed", retired: true } : asInput(r))));
    const after = await db.ratingScaleEntry.findUniqueOrThrow({ where: { id: used.id } });
    expect(after).toMatchObject({ key: used.key, label: "Renamed", retired: true });
    expect(await db.ratingScaleEntry.findUnique({ where: { id: spare.id } })).toBeNull(); // unused: deleted
  });
});
