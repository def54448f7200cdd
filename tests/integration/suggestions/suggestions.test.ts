import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { createClaim } from "@/lib/claim/create-claim";
import { listSuggestions } from "@/lib/suggestion/list-suggestions";
import { dismissSuggestion } from "@/lib/suggestion/dismiss-suggestion";
import { restoreSuggestion } from "@/lib/suggestion/restore-suggestion";
import { acceptSuggestion } from "@/lib/suggestion/accept-suggestion";
import { readReferenceArticle } from "@/tests/unit/lib/detect/reference-article";
import { createTestArticle, createTestUser } from "../helpers/create-test-data";

const TEXT = readReferenceArticle();

function actorOf(user: { id: string; email: string; name: string; role: Actor["role"] }): Actor {
  return { id: user.id, email: user.email, name: user.name, role: user.role, via: "session" };
}

describe("suggestion operations", () => {
  let checker: Actor;
  let exporter: Actor;

  beforeAll(async () => {
    checker = actorOf(await createTestUser("FACT_CHECKER"));
    exporter = actorOf(await createTestUser("EXPORTER"));
  });

  async function newArticle() {
    return (await createTestArticle(checker.id, TEXT)).id;
  }

  it("lists the reference article's suggestions in text order with code-point offsets", async () => {
    const articleId = await newArticle();
    const list = await listSuggestions({ actor: checker, articleId });
    expect(list.revision.number).toBe(1);
    const exacts = list.suggestions.map((s) => s.exact).join(" | ");
    expect(exacts).toContain("$100 billion");
    expect(exacts).toContain("25-year-old");
    const starts = list.suggestions.map((s) => s.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    for (const s of list.suggestions) expect(Array.from(TEXT).slice(s.start, s.end).join("")).toBe(s.exact);
  });

  it("remembers a dismissal per article, idempotently, with one audit event, and undoes it", async () => {
    const articleId = await newArticle();
    const otherArticleId = await newArticle();
    const [first] = (await listSuggestions({ actor: checker, articleId })).suggestions;
    if (!first) throw new Error("no suggestions");
    await dismissSuggestion({ actor: checker, articleId, key: first.key });
    await dismissSuggestion({ actor: checker, articleId, key: first.key });
    const after = await listSuggestions({ actor: checker, articleId });
    expect(after.suggestions.map((s) => s.key)).not.toContain(first.key);
    expect(after.dismissedCount).toBe(1);
    // per article: the same text elsewhere still shows it
    const other = await listSuggestions({ actor: checker, articleId: otherArticleId });
    expect(other.suggestions.map((s) => s.key)).toContain(first.key);
    const events = await db.auditEvent.findMany({ where: { articleId, action: "suggestion.dismiss" } });
    expect(events).toHaveLength(1);
    expect(events[0]?.actorId).toBe(checker.id);

    await restoreSuggestion({ actor: checker, articleId, key: first.key });
    const restored = await listSuggestions({ actor: checker, articleId });
    expect(restored.suggestions.map((s) => s.key)).toContain(first.key);
    expect(await db.auditEvent.count({ where: { articleId, action: "suggestion.restore" } })).toBe(1);
  });

  it("refuses to dismiss a key the detector does not produce", async () => {
    const articleId = await newArticle();
    await expect(dismissSuggestion({ actor: checker, articleId, key: "money:0123456789abcdef:0" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(dismissSuggestion({ actor: checker, articleId, key: "../../etc" })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await db.dismissedSuggestion.count({ where: { articleId } })).toBe(0);
  });

  it("accepts a suggestion as a draft claim with its kind and span, which then hides it", async () => {
    const articleId = await newArticle();
    const money = (await listSuggestions({ actor: checker, articleId })).suggestions.find((s) => s.kind === "money");
    if (!money) throw new Error("no money suggestion");
    const claim = await acceptSuggestion({ actor: checker, articleId, key: money.key });
    expect(claim).toMatchObject({ status: "DRAFT", kind: "NUMBER_STATISTIC" });
    expect(claim.selector).toMatchObject({ start: money.start, end: money.end, exact: money.exact });
    const after = await listSuggestions({ actor: checker, articleId });
    expect(after.suggestions.map((s) => s.key)).not.toContain(money.key);
    // accepting it again finds nothing open
    await expect(acceptSuggestion({ actor: checker, articleId, key: money.key })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.claim.count({ where: { articleId } })).toBe(1);
  });

  it("hides a suggestion covered by an existing claim by at least half, keeps one barely touched", async () => {
    const articleId = await newArticle();
    const all = (await listSuggestions({ actor: checker, articleId })).suggestions;
    const [a, b] = all;
    if (!a || !b) throw new Error("need two suggestions");
    const half = a.start + Math.ceil((a.end - a.start) * 0.6);
    await createClaim({ actor: checker, articleId, input: { selector: { start: a.start, end: half } } });
    // a claim ending two code points into b: a fifth of the claim, a sliver of b
    await createClaim({ actor: checker, articleId, input: { selector: { start: b.start - 8, end: b.start + 2 } } });
    const keys = (await listSuggestions({ actor: checker, articleId })).suggestions.map((s) => s.key);
    expect(keys).not.toContain(a.key);
    expect(keys).toContain(b.key);
  });

  it("is refused to roles without the suggestion actions", async () => {
    const articleId = await newArticle();
    await expect(listSuggestions({ actor: exporter, articleId })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const [first] = (await listSuggestions({ actor: checker, articleId })).suggestions;
    await expect(dismissSuggestion({ actor: exporter, articleId, key: first?.key })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(acceptSuggestion({ actor: exporter, articleId, key: first?.key })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const readOnlyToken: Actor = { ...checker, via: "token", scopes: ["read"] };
    await expect(dismissSuggestion({ actor: readOnlyToken, articleId, key: first?.key })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listSuggestions({ actor: checker, articleId: "missing-article" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
