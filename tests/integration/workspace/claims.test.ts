import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { createClaim } from "@/lib/claim/create-claim";
import { getArticle } from "@/lib/article/get-article";
import { listClaims } from "@/lib/claim/list-claims";
import { deleteClaim } from "@/lib/claim/delete-claim";
import { codePointToUtf16 } from "@/lib/text/code-points";
import { createActor, createArticleWithText, expectAppError, ISS_TEXT } from "./workspace-fixtures";

describe("marking claims", () => {
  let checker: Actor;
  beforeAll(async () => {
    checker = await createActor();
  });

  it("creates a claim from code-point offsets with quote context and a CREATED anchor", async () => {
    const article = await createArticleWithText(checker, ISS_TEXT);
    const start = ISS_TEXT.indexOf("$100 billion");
    const claim = await createClaim({ actor: checker, articleId: article.id, input: { selector: { start, end: start + 12 }, kind: "NUMBER_STATISTIC" } });
    expect(claim.selector.exact).toBe("$100 billion");
    expect(claim.selector.prefix).toBe(ISS_TEXT.slice(start - 32, start));
    expect(claim.selector.suffix).toBe(ISS_TEXT.slice(start + 12, start + 44));
    expect(claim).toMatchObject({ status: "DRAFT", version: 1, kind: "NUMBER_STATISTIC", revisionId: article.revision.id, anchor: { outcome: "CREATED" } });
    const anchors = await db.claimAnchor.findMany({ where: { claimId: claim.id } });
    expect(anchors).toMatchObject([{ revisionId: article.revision.id, outcome: "CREATED", start, end: start + 12 }]);
  });

  it("creates a claim from a quote, using prefix to choose between repeats", async () => {
    const article = await createArticleWithText(checker, ISS_TEXT);
    const claim = await createClaim({ actor: checker, articleId: article.id, input: { selector: { exact: "since", prefix: "strained " } } });
    expect(claim.selector.start).toBe(ISS_TEXT.indexOf("since 2018"));
    const ambiguous = await expectAppError(() => createClaim({ actor: checker, articleId: article.id, input: { selector: { exact: "since" } } }));
    expect(ambiguous.fields).toHaveProperty(["selector.exact"]);
    const missing = await expectAppError(() => createClaim({ actor: checker, articleId: article.id, input: { selector: { exact: "the Moon" } } }));
    expect(missing.fields).toHaveProperty(["selector.exact"]);
  });

  it("counts offsets in code points, so an emoji before the claim does not shift it", async () => {
    const text = "Launch day 🚀🚀 was great.\n\nThe rocket cost $2 million to build.";
    const article = await createArticleWithText(checker, text);
    const cpStart = [...text.slice(0, text.indexOf("$2 million"))].length;
    const claim = await createClaim({ actor: checker, articleId: article.id, input: { selector: { start: cpStart, end: cpStart + 10 } } });
    expect(claim.selector.exact).toBe("$2 million");
    expect(claim.selector.start).toBe(text.indexOf("$2 million") - 2); // two emoji = 4 UTF-16 units, 2 code points
    expect(text.slice(codePointToUtf16(text, claim.selector.start), codePointToUtf16(text, claim.selector.end))).toBe("$2 million");
    const byQuote = await createClaim({ actor: checker, articleId: article.id, input: { selector: { exact: "$2 million" } } });
    expect(byQuote.selector.start).toBe(claim.selector.start);
  });

  it("refuses empty, whitespace-only, reversed and out-of-range selections, naming the field", async () => {
    const article = await createArticleWithText(checker, ISS_TEXT);
    const para = ISS_TEXT.indexOf("\n\n");
    const cases: [Record<string, unknown>, string][] = [
      [{ start: 5, end: 5 }, "selector.start"],
      [{ start: para, end: para + 2 }, "selector.start"],
      [{ start: 10, end: 4 }, "selector.end"],
      [{ start: 0, end: 100_000 }, "selector.end"],
      [{ start: 100_000, end: 100_001 }, "selector.start"],
      [{ exact: "   " }, "selector.exact"],
      [{}, "selector.exact"],
      [{ start: -1, end: 3 }, "selector.start"],
      [{ start: 0, end: 3, colour: "red" }, "selector.colour"],
    ];
    for (const [selector, field] of cases) {
      const err = await expectAppError(() => createClaim({ actor: checker, articleId: article.id, input: { selector } }));
      expect(err.code, JSON.stringify(selector)).toBe("INVALID_INPUT");
      expect(err.fields, JSON.stringify(selector)).toHaveProperty([field]);
    }
    expect(await db.claim.count({ where: { articleId: article.id } })).toBe(0);
  });

  it("allows overlapping and nested claims and lists them in text order", async () => {
    const article = await createArticleWithText(checker, ISS_TEXT);
    const s = ISS_TEXT.indexOf("The ISS");
    const outer = await createClaim({ actor: checker, articleId: article.id, input: { selector: { start: s, end: s + 60 } } });
    const inner = await createClaim({ actor: checker, articleId: article.id, input: { selector: { exact: "$100 billion" } } });
    const first = await createClaim({ actor: checker, articleId: article.id, input: { selector: { exact: "Russia's space agency" } } });
    const claims = await listClaims({ actor: checker, articleId: article.id });
    expect(claims.map((c) => c.id)).toEqual([first.id, outer.id, inner.id]);
    const full = await getArticle({ actor: checker, articleId: article.id });
    expect(full.claims.map((c) => c.id)).toEqual([first.id, outer.id, inner.id]);
    expect(full.revision.text).toBe(ISS_TEXT);
  });

  it("deletes a claim and records the whole claim as the audit event's before", async () => {
    const article = await createArticleWithText(checker, ISS_TEXT);
    const claim = await createClaim({ actor: checker, articleId: article.id, input: { selector: { exact: "since 1998" }, statement: "The ISS has orbited since 1998" } });
    await deleteClaim({ actor: checker, claimId: claim.id });
    expect(await db.claim.findUnique({ where: { id: claim.id } })).toBeNull();
    const event = await db.auditEvent.findFirst({ where: { claimId: claim.id, action: "claim.delete" } });
    expect(event?.before).toMatchObject({ id: claim.id, statement: "The ISS has orbited since 1998", selector: { exact: "since 1998" } });
  });

  it("refuses an exporter creating claims", async () => {
    const exporter = await createActor("EXPORTER");
    const article = await createArticleWithText(checker, ISS_TEXT);
    const err = await expectAppError(() => createClaim({ actor: exporter, articleId: article.id, input: { selector: { exact: "since 1998" } } }));
    expect(err.code).toBe("FORBIDDEN");
  });
});
