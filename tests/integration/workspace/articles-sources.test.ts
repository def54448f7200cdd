import { beforeAll, describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { createClaim } from "@/lib/claim/create-claim";
import { getClaim } from "@/lib/claim/get-claim";
import { listClaims } from "@/lib/claim/list-claims";
import { getArticle } from "@/lib/article/get-article";
import { listArticles } from "@/lib/article/list-articles";
import { updateArticleMetadata } from "@/lib/article/update-article-metadata";
import { previewImport } from "@/lib/article/preview-import";
import { createSource } from "@/lib/source/create-source";
import { updateSource } from "@/lib/source/update-source";
import { reorderSources } from "@/lib/source/reorder-sources";
import { deleteSource } from "@/lib/source/delete-source";
import { createComment } from "@/lib/comment/create-comment";
import { listComments } from "@/lib/comment/list-comments";
import { listRatingScale } from "@/lib/rating-scale/list-rating-scale";
import { uniqueSuffix } from "../helpers/create-test-data";
import { createActor, createArticleWithText, expectAppError, ISS_TEXT } from "./workspace-fixtures";

describe("articles", () => {
  let checker: Actor;
  beforeAll(async () => {
    checker = await createActor();
  });

  it("normalises the text into revision 1 with its sha256, and refuses a duplicate URL", async () => {
    const url = `https://news.example/${uniqueSuffix()}/iss?utm_source=x`;
    const article = await createArticleWithText(checker, "  Caf\u0065\u0301  opens.\r\n\r\n\r\nSecond   line. ", { sourceUrl: url, publisher: "Example News" });
    expect(article.revision).toMatchObject({ number: 1, text: "Café opens.\n\nSecond line." });
    expect(article.revision.sha256).toBe(createHash("sha256").update("Café opens.\n\nSecond line.").digest("hex"));
    const dup = await expectAppError(() => createArticleWithText(checker, "Other text", { sourceUrl: url.replace("?utm_source=x", "/") }));
    expect(dup.code).toBe("CONFLICT");
    expect(dup.details?.existingArticleId).toBe(article.id);
    const empty = await expectAppError(() => createArticleWithText(checker, " \n\n "));
    expect(empty.fields).toHaveProperty(["text"]);
  });

  it("previews pasted HTML without saving, offering an existing article for the same URL", async () => {
    const preview = await previewImport({ actor: checker, input: { kind: "html", content: "<h1>Hi</h1><p>Body <script>alert(1)</script>text.</p>" } });
    expect(preview.text).toContain("Body");
    expect(preview.text).not.toContain("alert");
    expect(preview.existingArticleId).toBeNull();
  });

  it("searches by title or publisher and counts claims by status", async () => {
    const tag = `Zeta${uniqueSuffix()}`;
    const a = await createArticleWithText(checker, ISS_TEXT, { title: `${tag} orbit story`, publisher: "Wire" });
    const b = await createArticleWithText(checker, ISS_TEXT, { publisher: `${tag} Press` });
    const c1 = await createClaim({ actor: checker, articleId: a.id, input: { selector: { exact: "since 1998" } } });
    await createClaim({ actor: checker, articleId: a.id, input: { selector: { exact: "$100 billion" } } });
    await db.claim.update({ where: { id: c1.id }, data: { status: "IN_REVIEW" } });
    const found = await listArticles({ actor: checker, query: { q: tag.toLowerCase() } });
    expect(found.items.map((i) => i.id).sort()).toEqual([a.id, b.id].sort());
    expect(found.items.find((i) => i.id === a.id)?.claimCounts).toEqual({ DRAFT: 1, IN_REVIEW: 1, CHANGES_REQUESTED: 0, APPROVED: 0, total: 2 });
    const inReview = await listArticles({ actor: checker, query: { q: tag, status: "IN_REVIEW" } });
    expect(inReview.items.map((i) => i.id)).toEqual([a.id]);
  });

  it("updates metadata with a version check", async () => {
    const article = await createArticleWithText(checker, ISS_TEXT);
    const updated = await updateArticleMetadata({ actor: checker, articleId: article.id, input: { version: 1, title: "New title", publishedAt: "2025-07-01" } });
    expect(updated).toMatchObject({ version: 2, title: "New title", publishedAt: "2025-07-01T00:00:00.000Z" });
    const stale = await expectAppError(() => updateArticleMetadata({ actor: checker, articleId: article.id, input: { version: 1, title: "Stale" } }));
    expect(stale.details?.currentVersion).toBe(2);
  });
});

describe("exporters read approved claims only", () => {
  it("scopes articles, claims and counts to approved claims", async () => {
    const checker = await createActor();
    const exporter = await createActor("EXPORTER");
    const tag = `Exp${uniqueSuffix()}`;
    const draftOnly = await createArticleWithText(checker, ISS_TEXT, { title: `${tag} drafts` });
    await createClaim({ actor: checker, articleId: draftOnly.id, input: { selector: { exact: "since 1998" } } });
    const mixed = await createArticleWithText(checker, ISS_TEXT, { title: `${tag} mixed` });
    const draft = await createClaim({ actor: checker, articleId: mixed.id, input: { selector: { exact: "since 1998" } } });
    const approved = await createClaim({ actor: checker, articleId: mixed.id, input: { selector: { exact: "$100 billion" } } });
    await db.claim.update({ where: { id: approved.id }, data: { status: "APPROVED" } });

    const list = await listArticles({ actor: exporter, query: { q: tag } });
    expect(list.items.map((i) => i.id)).toEqual([mixed.id]);
    expect(list.items[0]?.claimCounts).toEqual({ DRAFT: 0, IN_REVIEW: 0, CHANGES_REQUESTED: 0, APPROVED: 1, total: 1 });
    expect((await listArticles({ actor: exporter, query: { q: tag, status: "DRAFT" } })).items).toEqual([]);
    expect((await getArticle({ actor: exporter, articleId: mixed.id })).claims.map((c) => c.id)).toEqual([approved.id]);
    expect((await listClaims({ actor: exporter, articleId: mixed.id })).map((c) => c.id)).toEqual([approved.id]);
    expect((await expectAppError(() => getArticle({ actor: exporter, articleId: draftOnly.id }))).code).toBe("NOT_FOUND");
    expect((await expectAppError(() => getClaim({ actor: exporter, claimId: draft.id }))).code).toBe("NOT_FOUND");
    expect((await getClaim({ actor: checker, claimId: draft.id })).id).toBe(draft.id);
  });
});

describe("sources, comments and the rating scale", () => {
  it("validates source URLs and bumps the claim version on every source change", async () => {
    const checker = await createActor();
    const article = await createArticleWithText(checker, ISS_TEXT);
    const claim = await createClaim({ actor: checker, articleId: article.id, input: { selector: { exact: "$100 billion" } } });
    for (const [input, field] of [
      [{ url: "javascript:alert(1)" }, "url"],
      [{ url: "ftp://files.example/report.pdf" }, "url"],
      [{ url: "/relative/path" }, "url"],
      [{ url: "https://ok.example", archiveUrl: "data:text/html,hi" }, "archiveUrl"],
      [{ url: "https://ok.example", kind: "BLOG" }, "kind"],
      [{ url: "https://ok.example", accessedAt: "2025-02-30" }, "accessedAt"],
      [{ url: "https://ok.example", extra: 1 }, "extra"],
    ] as const) {
      const err = await expectAppError(() => createSource({ actor: checker, claimId: claim.id, input }));
      expect(err.fields, JSON.stringify(input)).toHaveProperty([field]);
    }
    const one = await createSource({ actor: checker, claimId: claim.id, input: { url: "https://www.nasa.gov/iss-cost", title: "NASA OIG", kind: "OFFICIAL_STATEMENT" } });
    expect(one.version).toBe(2);
    expect(one.sources[0]).toMatchObject({ position: 0, accessedAt: new Date().toISOString().slice(0, 10), kind: "OFFICIAL_STATEMENT", archiveUrl: null });
    const two = await createSource({ actor: checker, claimId: claim.id, input: { url: "http://archive.example/x", archiveUrl: "https://web.archive.org/web/2020/x", accessedAt: "2024-03-01" } });
    expect(two.sources.map((s) => s.url)).toEqual(["https://www.nasa.gov/iss-cost", "http://archive.example/x"]);
    const [s1, s2] = two.sources;
    const reordered = await reorderSources({ actor: checker, claimId: claim.id, input: { sourceIds: [s2!.id, s1!.id] } });
    expect(reordered.sources.map((s) => s.id)).toEqual([s2!.id, s1!.id]);
    const missing = await expectAppError(() => reorderSources({ actor: checker, claimId: claim.id, input: { sourceIds: [s1!.id] } }));
    expect(missing.code).toBe("CONFLICT");
    expect(missing.fields).toHaveProperty(["sourceIds"]);
    expect((missing.details?.claim as { sources: { id: string }[] }).sources.map((s) => s.id)).toEqual([s2!.id, s1!.id]);
    const unknown = await expectAppError(() => reorderSources({ actor: checker, claimId: claim.id, input: { sourceIds: [s2!.id, "not-a-source-of-this-claim"] } }));
    expect(unknown.code).toBe("CONFLICT");
    expect(unknown.fields).toHaveProperty(["sourceIds"]);
    const twice = await expectAppError(() => reorderSources({ actor: checker, claimId: claim.id, input: { sourceIds: [s2!.id, s2!.id] } }));
    expect(twice.code).toBe("INVALID_INPUT");
    expect(twice.fields).toHaveProperty(["sourceIds"]);
    const edited = await updateSource({ actor: checker, sourceId: s1!.id, input: { version: 1, title: "NASA Inspector General" } });
    expect(edited.sources.find((s) => s.id === s1!.id)).toMatchObject({ title: "NASA Inspector General", version: 2 });
    expect((await expectAppError(() => updateSource({ actor: checker, sourceId: s1!.id, input: { version: 1, title: "stale" } }))).code).toBe("CONFLICT");
    const afterDelete = await deleteSource({ actor: checker, sourceId: s2!.id });
    expect(afterDelete.sources.map((s) => s.id)).toEqual([s1!.id]);
    expect(afterDelete.version).toBe(6);
  });

  it("keeps a comment thread in any status, oldest first", async () => {
    const checker = await createActor();
    const editor = await createActor("EDITOR");
    const article = await createArticleWithText(checker, ISS_TEXT);
    const claim = await createClaim({ actor: checker, articleId: article.id, input: { selector: { exact: "since 2018" } } });
    await createComment({ actor: checker, claimId: claim.id, input: { body: "Which year exactly?" } });
    await db.claim.update({ where: { id: claim.id }, data: { status: "APPROVED" } });
    await createComment({ actor: editor, claimId: claim.id, input: { body: "Approved; 2018 is right." } });
    const thread = await listComments({ actor: checker, claimId: claim.id });
    expect(thread.map((c) => [c.author.id, c.body])).toEqual([[checker.id, "Which year exactly?"], [editor.id, "Approved; 2018 is right."]]);
    expect((await getClaim({ actor: checker, claimId: claim.id })).counts.comments).toBe(2);
    expect((await expectAppError(() => createComment({ actor: checker, claimId: claim.id, input: { body: "   " } }))).fields).toHaveProperty(["body"]);
  });

  it("lists the rating scale in position order for every role", async () => {
    const exporter = await createActor("EXPORTER");
    const scale = await listRatingScale({ actor: exporter });
    const keys = scale.map((e) => e.key);
    expect(keys.slice(0, 2)).toEqual(["true", "mostly-true"]);
    expect(keys).toContain("unverifiable");
    expect(scale.map((e) => e.position)).toEqual([...scale.map((e) => e.position)].sort((x, y) => x - y));
  });
});
