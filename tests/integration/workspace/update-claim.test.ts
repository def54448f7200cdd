import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { createClaim } from "@/lib/claim/create-claim";
import { updateClaim } from "@/lib/claim/update-claim";
import { createSource } from "@/lib/source/create-source";
import type { ClaimDto } from "@/lib/claim/claim.types";
import { uniqueSuffix } from "../helpers/create-test-data";
import { createActor, createArticleWithText, expectAppError, ISS_TEXT } from "./workspace-fixtures";

const explanation = {
  type: "doc",
  content: [
    { type: "paragraph", content: [{ type: "text", text: "NASA's audit puts it at " }, { type: "text", text: "$150 billion", marks: [{ type: "bold" }, { type: "link", attrs: { href: "https://oig.nasa.gov/report" } }] }] },
    { type: "paragraph", content: [{ type: "text", text: "Second paragraph." }] },
  ],
};

describe("researching a claim", () => {
  let alice: Actor;
  let bob: Actor;
  let claim: ClaimDto;
  beforeAll(async () => {
    alice = await createActor();
    bob = await createActor();
    const article = await createArticleWithText(alice, ISS_TEXT);
    claim = await createClaim({ actor: alice, articleId: article.id, input: { selector: { exact: "$100 billion" } } });
  });

  it("saves fields and a verdict with a rating key and a tiptap explanation, bumping the version", async () => {
    const updated = await updateClaim({
      actor: alice, claimId: claim.id,
      input: { version: 1, statement: "The ISS cost $100 billion", claimant: "Reuters", kind: "NUMBER_STATISTIC", assigneeId: bob.id, verdict: { rating: "mostly-true", summary: "Closer to $150bn", explanation } },
    });
    expect(updated).toMatchObject({ version: 2, statement: "The ISS cost $100 billion", assignee: { id: bob.id }, status: "DRAFT" });
    expect(updated.verdict?.rating).toMatchObject({ key: "mostly-true", label: "Mostly true", value: 5 });
    expect(updated.verdict?.explanationText).toBe("NASA's audit puts it at $150 billion\n\nSecond paragraph.");
    const again = await updateClaim({ actor: alice, claimId: claim.id, input: { version: 2, statement: "The ISS cost $100 billion" } });
    expect(again.version).toBe(2); // repeating current values is not a change
    claim = again;
  });

  it("refuses a stale version with 409, the current claim and what the other person changed", async () => {
    const base = claim.version;
    const bobs = await updateClaim({ actor: bob, claimId: claim.id, input: { version: base, claimant: "Roscosmos", verdict: { summary: "Bob's summary" } } });
    const withSource = await createSource({ actor: bob, claimId: claim.id, input: { url: "https://www.nasa.gov/iss" } });
    expect(withSource.version).toBe(bobs.version + 1);
    const err = await expectAppError(() => updateClaim({ actor: alice, claimId: claim.id, input: { version: base, statement: "Alice's edit" } }));
    expect(err.code).toBe("CONFLICT");
    expect(err.status).toBe(409);
    expect(err.details?.currentVersion).toBe(base + 2);
    expect(err.details?.changedFields).toEqual(expect.arrayContaining(["claimant", "verdict.summary", "sources"]));
    expect(err.details?.changedFields).not.toContain("statement");
    expect((err.details?.claim as ClaimDto).claimant).toBe("Roscosmos");
    const stored = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(stored.statement).toBe("The ISS cost $100 billion"); // nothing silently overwritten
    claim = await updateClaim({ actor: alice, claimId: claim.id, input: { version: base + 2, statement: "Alice's edit" } });
    expect(claim.version).toBe(base + 3);
  });

  it("refuses unknown fields, unknown ratings and unsafe explanation links, naming the field", async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ version: claim.version, colour: "red" }, "colour"],
      [{ statement: "no version" }, "version"],
      [{ version: claim.version, verdict: { rating: "pants-on-fire" } }, "verdict.rating"],
      [{ version: claim.version, kind: "GOSSIP" }, "kind"],
      [{ version: claim.version, assigneeId: "nobody" }, "assigneeId"],
    ];
    for (const [input, field] of cases) {
      const err = await expectAppError(() => updateClaim({ actor: alice, claimId: claim.id, input }));
      expect(err.code, field).toBe("INVALID_INPUT");
      expect(err.fields, field).toHaveProperty([field]);
    }
    const js = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] }] }] };
    const err = await expectAppError(() => updateClaim({ actor: alice, claimId: claim.id, input: { version: claim.version, verdict: { explanation: js } } }));
    expect(Object.keys(err.fields ?? {}).some((k) => k.startsWith("verdict.explanation"))).toBe(true);
    const img = { type: "doc", content: [{ type: "image", attrs: { src: "https://x/y.png" } }] };
    await expect(updateClaim({ actor: alice, claimId: claim.id, input: { version: claim.version, verdict: { explanation: img } } })).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });

  it("locks approved claims", async () => {
    await db.claim.update({ where: { id: claim.id }, data: { status: "APPROVED", approvedAt: new Date() } });
    const err = await expectAppError(() => updateClaim({ actor: alice, claimId: claim.id, input: { version: claim.version, statement: "late edit" } }));
    expect(err.code).toBe("CONFLICT");
    expect(err.message).toMatch(/approved claims are locked/);
    const src = await expectAppError(() => createSource({ actor: alice, claimId: claim.id, input: { url: "https://example.org" } }));
    expect(src.message).toMatch(/locked/);
    await db.claim.update({ where: { id: claim.id }, data: { status: "CHANGES_REQUESTED" } });
    const edited = await updateClaim({ actor: alice, claimId: claim.id, input: { version: claim.version, statement: "after changes requested" } });
    expect(edited.status).toBe("CHANGES_REQUESTED");
    claim = edited;
  });

  it("writes the audit event in the same transaction as the change", async () => {
    const marker = `fail-audit-${uniqueSuffix()}`;
    const fn = `fail_audit_${marker.replace(/-/g, "_")}`;
    // a trigger that rejects only this test's audit event: if the event were written outside
    // the claim's transaction, the claim change would survive the failure
    await db.$executeRawUnsafe(`CREATE FUNCTION ${fn}() RETURNS trigger AS $$ BEGIN
      IF NEW.after->>'statement' = '${marker}' THEN RAISE EXCEPTION 'audit rejected'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`);
    await db.$executeRawUnsafe(`CREATE TRIGGER ${fn} BEFORE INSERT ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION ${fn}()`);
    try {
      await expect(updateClaim({ actor: alice, claimId: claim.id, input: { version: claim.version, statement: marker } })).rejects.toThrow(/audit rejected/);
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER ${fn} ON "AuditEvent"`);
      await db.$executeRawUnsafe(`DROP FUNCTION ${fn}()`);
    }
    const stored = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(stored.statement).toBe(claim.statement);
    expect(stored.version).toBe(claim.version);
    const ok = await updateClaim({ actor: alice, claimId: claim.id, input: { version: claim.version, statement: marker } });
    const event = await db.auditEvent.findFirst({ where: { claimId: claim.id, action: "claim.update" }, orderBy: { id: "desc" } });
    expect(event).toMatchObject({ actorId: alice.id, after: { statement: marker, version: ok.version, changedFields: ["statement"] } });
  });
});
