import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { createClaim } from "@/lib/claim/create-claim";
import { updateClaim } from "@/lib/claim/update-claim";
import { getClaim } from "@/lib/claim/get-claim";
import { getArticle } from "@/lib/article/get-article";
import { getWorkspaceArticle } from "@/lib/article/get-workspace-article";
import { createRevision } from "@/lib/revision/create-revision";
import { summarizeClaim } from "@/lib/claim/claim-summary";
import { decodeClaimSummaries } from "@/lib/claim/claim-summary-columns";
import { db } from "@/lib/db";
import { createActor, createArticleWithText, expectAppError, ISS_TEXT } from "./workspace-fixtures";

const summaries = (page: { claimsJson: string; revision: { text: string } }) => [page.claimsJson, page.revision.text] as const;

describe("the workspace page's article (claim summaries)", () => {
  let checker: Actor;
  beforeAll(async () => {
    checker = await createActor();
  });

  it("lists every claim in text order as the summary of its full claim", async () => {
    const bob = await createActor();
    const article = await createArticleWithText(checker, ISS_TEXT);
    const late = await createClaim({ actor: checker, articleId: article.id, input: { selector: { exact: "since 2018" } } });
    const rated = await createClaim({ actor: checker, articleId: article.id, input: { selector: { exact: "$100 billion" }, statement: "The ISS cost $100 billion" } });
    await updateClaim({ actor: checker, claimId: rated.id, input: { version: 1, assigneeId: bob.id, verdict: { rating: "mostly-true", summary: "Closer to $150bn" } } });

    const page = await getWorkspaceArticle({ actor: checker, articleId: article.id });
    const full = await Promise.all([rated.id, late.id].map((claimId) => getClaim({ actor: checker, claimId })));
    const claims = decodeClaimSummaries(page.claimsJson, page.revision.text);
    expect(claims).toEqual(full.map(summarizeClaim));
    expect(claims[0]).toMatchObject({ rating: { label: "Mostly true" }, assignee: { id: bob.id }, version: 2 });
    expect(claims[1]).toMatchObject({ rating: null, assignee: null, version: 1 });

    // the same article, text and metadata as the API's full article
    const { claims: _full, ...rest } = await getArticle({ actor: checker, articleId: article.id });
    const { claimsJson: _summaries, ...pageRest } = page;
    expect(pageRest).toEqual(rest);
  });

  it("after a correction: a moved claim's quote comes from the new text, an orphaned claim keeps its old quote", async () => {
    const article = await createArticleWithText(checker, ISS_TEXT);
    const moved = await createClaim({ actor: checker, articleId: article.id, input: { selector: { exact: "$100 billion" } } });
    const orphan = await createClaim({ actor: checker, articleId: article.id, input: { selector: { exact: "A 25-year-old engineer" } } });
    const corrected = ISS_TEXT.replace("Russia's space agency", "On Tuesday, Russia's 🚀 space agency").replace("A 25-year-old engineer said the partnership has been strained since 2018.", "Officials declined to comment.");
    await createRevision({ actor: checker, articleId: article.id, input: { text: corrected, note: "Rewrites the last sentence" } });

    const page = await getWorkspaceArticle({ actor: checker, articleId: article.id });
    const full = await Promise.all([moved.id, orphan.id].map((claimId) => getClaim({ actor: checker, claimId })));
    expect(full.map((c) => c.anchor.outcome)).toEqual(["MOVED", "ORPHANED"]);
    const claims = decodeClaimSummaries(page.claimsJson, page.revision.text);
    expect(claims).toEqual(full.map(summarizeClaim));
    expect(claims.map((c) => c.selector.exact)).toEqual(["$100 billion", "A 25-year-old engineer"]);
    // the anchored claim's quote is not in the payload a second time; the orphaned one's is
    expect(page.claimsJson).not.toContain("$100 billion");
    expect(page.claimsJson).toContain("A 25-year-old engineer");
  });

  it("cuts a long quote to 140 characters (code points, as cutQuote does)", async () => {
    const long = "The partnership " + "word ".repeat(60) + "ends here.";
    const article = await createArticleWithText(checker, long);
    await createClaim({ actor: checker, articleId: article.id, input: { selector: { start: 0, end: [...long].length } } });
    const page = await getWorkspaceArticle({ actor: checker, articleId: article.id });
    expect(decodeClaimSummaries(page.claimsJson, page.revision.text)[0]?.selector).toMatchObject({ start: 0, exact: long.slice(0, 140), truncated: true });

    const emoji = "🚀 ".repeat(80).trim() + " launched, officials said.";
    const withEmoji = await createArticleWithText(checker, emoji);
    const claim = await createClaim({ actor: checker, articleId: withEmoji.id, input: { selector: { start: 0, end: [...emoji].length } } });
    const summary = decodeClaimSummaries(...summaries(await getWorkspaceArticle({ actor: checker, articleId: withEmoji.id })))[0];
    expect(summary).toEqual(summarizeClaim(await getClaim({ actor: checker, claimId: claim.id })));
    expect([...summary!.selector.exact]).toHaveLength(140);
  });

  it("lists an article without claims with an empty list", async () => {
    const article = await createArticleWithText(checker, ISS_TEXT);
    const page = await getWorkspaceArticle({ actor: checker, articleId: article.id });
    expect(decodeClaimSummaries(page.claimsJson, page.revision.text)).toEqual([]);
    expect(page.revision.text).toBe((await getArticle({ actor: checker, articleId: article.id })).revision.text);
  });

  it("shows an exporter approved claims only, and no article without one", async () => {
    const exporter = await createActor("EXPORTER");
    const article = await createArticleWithText(checker, ISS_TEXT);
    await createClaim({ actor: checker, articleId: article.id, input: { selector: { exact: "$100 billion" } } });
    const err = await expectAppError(() => getWorkspaceArticle({ actor: exporter, articleId: article.id }));
    expect(err.code).toBe("NOT_FOUND");

    // once a claim is approved the exporter sees the article, with that claim only
    const approved = await createClaim({ actor: checker, articleId: article.id, input: { selector: { exact: "since 2018" } } });
    await db.claim.update({ where: { id: approved.id }, data: { status: "APPROVED", approvedAt: new Date() } });
    const page = await getWorkspaceArticle({ actor: exporter, articleId: article.id });
    expect(decodeClaimSummaries(page.claimsJson, page.revision.text).map((c) => c.id)).toEqual([approved.id]);
    expect((await getWorkspaceArticle({ actor: checker, articleId: article.id })).claimsJson).toContain(approved.id);
    expect(decodeClaimSummaries(...summaries(await getWorkspaceArticle({ actor: checker, articleId: article.id })))).toHaveLength(2);
  });
});
