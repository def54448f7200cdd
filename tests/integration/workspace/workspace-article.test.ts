import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { createClaim } from "@/lib/claim/create-claim";
import { updateClaim } from "@/lib/claim/update-claim";
import { getClaim } from "@/lib/claim/get-claim";
import { getArticle } from "@/lib/article/get-article";
import { getWorkspaceArticle } from "@/lib/article/get-workspace-article";
import { summarizeClaim } from "@/lib/claim/claim-summary";
import { createActor, createArticleWithText, expectAppError, ISS_TEXT } from "./workspace-fixtures";

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
    expect(page.claims).toEqual(full.map(summarizeClaim));
    expect(page.claims[0]).toMatchObject({ rating: { label: "Mostly true" }, assignee: { id: bob.id }, version: 2 });

    // the same article, text and metadata as the API's full article
    const { claims: _full, ...rest } = await getArticle({ actor: checker, articleId: article.id });
    const { claims: _summaries, ...pageRest } = page;
    expect(pageRest).toEqual(rest);
  });

  it("cuts a long quote to 140 characters", async () => {
    const long = "The partnership " + "word ".repeat(60) + "ends here.";
    const article = await createArticleWithText(checker, long);
    await createClaim({ actor: checker, articleId: article.id, input: { selector: { start: 0, end: [...long].length } } });
    const page = await getWorkspaceArticle({ actor: checker, articleId: article.id });
    expect(page.claims[0]?.selector).toMatchObject({ start: 0, exact: long.slice(0, 140), truncated: true });
  });

  it("shows an exporter approved claims only, and no article without one", async () => {
    const exporter = await createActor("EXPORTER");
    const article = await createArticleWithText(checker, ISS_TEXT);
    await createClaim({ actor: checker, articleId: article.id, input: { selector: { exact: "$100 billion" } } });
    const err = await expectAppError(() => getWorkspaceArticle({ actor: exporter, articleId: article.id }));
    expect(err.code).toBe("NOT_FOUND");
  });
});
