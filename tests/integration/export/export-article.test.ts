import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getAnnotatedArticle } from "@/lib/export/get-annotated-article";
import { validateAnnotatedArticle } from "@/lib/export/validate-annotated-article";
import { toW3cCollection } from "@/lib/export/export-w3c";
import { toClaimReview } from "@/lib/export/export-claim-review";
import { getExportContext } from "@/lib/export/get-export-context";
import { AppError } from "@/lib/errors/app-error";
import { createExportActor, createExportArticle, EXPORT_TEXT } from "./export-fixtures";

describe("getAnnotatedArticle", () => {
  let checker: Actor, editor: Actor, exporter: Actor;
  let ids: Awaited<ReturnType<typeof createExportArticle>>;
  beforeAll(async () => {
    [checker, editor, exporter] = await Promise.all([createExportActor("FACT_CHECKER"), createExportActor("EDITOR"), createExportActor("EXPORTER")]);
    ids = await createExportArticle(checker, editor);
  });

  it("exports approved and draft claims as native JSON that validates against the committed schema", async () => {
    const doc = await getAnnotatedArticle({ actor: editor, articleId: ids.article.id });
    expect(validateAnnotatedArticle(JSON.parse(JSON.stringify(doc)))).toEqual({ valid: true, errors: [] });
    expect(doc.schema).toBe("factmark.annotated-article/1");
    expect(doc.article.revision.text).toBe(EXPORT_TEXT);
    expect(doc.article.revision.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(doc.claims.map((c) => c.status)).toEqual(["APPROVED", "DRAFT"]); // text order
    const approved = doc.claims[0]!;
    expect(approved.sources.map((s) => s.title)).toEqual(["OIG audit", "ISS"]); // by position
    expect(approved.review).toMatchObject({ approvedBy: { id: editor.id }, note: "Well sourced." });
    expect(approved.verdict?.rating).toEqual({ key: "mostly-true", label: "Mostly true", value: 5 });
    expect(doc.ratingScale).toMatchObject({ bestRating: 6, worstRating: 1 });
  });

  it("renders the explanation to escaped HTML keeping only http(s) links", async () => {
    const doc = await getAnnotatedArticle({ actor: editor, articleId: ids.article.id });
    const html = doc.claims[0]!.verdict!.explanationHtml;
    expect(html).toBe(
      '<p>The OIG &lt;b&gt;put&lt;/b&gt; it at <a href="https://oig.nasa.gov/" rel="noopener noreferrer nofollow"><strong>$100bn</strong></a> evil</p>',
    );
  });

  it("gives the exporter approved claims only, by default, and refuses status=all", async () => {
    const doc = await getAnnotatedArticle({ actor: exporter, articleId: ids.article.id });
    expect(doc.claims.map((c) => c.id)).toEqual([ids.approved.id]);
    await expect(getAnnotatedArticle({ actor: exporter, articleId: ids.article.id, status: "all" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const approvedOnly = await getAnnotatedArticle({ actor: checker, articleId: ids.article.id, status: "approved" });
    expect(approvedOnly.claims).toHaveLength(1);
  });

  it("hides an article without approved claims from the exporter (404)", async () => {
    const other = await createExportArticle(checker, editor);
    await import("@/lib/db").then(({ db }) => db.claim.update({ where: { id: other.approved.id }, data: { status: "IN_REVIEW" } }));
    const err = await getAnnotatedArticle({ actor: exporter, articleId: other.article.id }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe("NOT_FOUND");
  });

  it("builds W3C and ClaimReview documents of the right shape from the database export", async () => {
    const ctx = await getExportContext({ requestUrl: "http://factmark.test/x" });
    const all = await getAnnotatedArticle({ actor: editor, articleId: ids.article.id });
    const w3c = toW3cCollection(all, ctx);
    expect(w3c.type).toBe("AnnotationCollection");
    expect(w3c.total).toBe(2);
    const anno = w3c.first.items[0]!;
    expect(anno.motivation).toBe("assessing");
    expect(JSON.stringify(anno.target)).toContain("TextQuoteSelector");
    expect(JSON.stringify(anno.target)).toContain("TextPositionSelector");
    const cr = toClaimReview(all, ctx);
    expect(cr["@graph"]).toHaveLength(1); // the draft is not a review
    expect(cr["@graph"][0]).toMatchObject({ "@type": "ClaimReview", reviewRating: { alternateName: "Mostly true", ratingValue: 5, bestRating: 6, worstRating: 1 } });
  });
});
