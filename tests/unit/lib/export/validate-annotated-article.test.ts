import { describe, expect, it } from "vitest";
import { AnchorOutcome, ClaimKind, ClaimStatus, SourceKind } from "@/lib/generated/prisma/enums";
import { annotatedArticleJsonSchema, validateAnnotatedArticle } from "@/lib/export/validate-annotated-article";
import { toNdjsonLine } from "@/lib/export/export-ndjson";
import { toNativeJson } from "@/lib/export/export-json";
import { buildFixture } from "./fixture";

const defs = annotatedArticleJsonSchema.$defs as Record<string, { enum?: string[] }>;
const mutate = (change: (doc: any) => void) => {
  const doc = JSON.parse(JSON.stringify(buildFixture()));
  change(doc);
  return validateAnnotatedArticle(doc);
};

describe("validateAnnotatedArticle", () => {
  it("accepts the fixture export, also after a JSON round trip", () => {
    expect(validateAnnotatedArticle(buildFixture())).toEqual({ valid: true, errors: [] });
    expect(validateAnnotatedArticle(JSON.parse(toNativeJson(buildFixture()))).valid).toBe(true);
  });

  it("rejects a wrong schema tag, missing and unknown properties, bad enums and dates", () => {
    expect(mutate((d) => (d.schema = "factmark.annotated-article/2")).valid).toBe(false);
    expect(mutate((d) => delete d.claims[0].selector.exact).errors.join()).toContain("/claims/0/selector");
    expect(mutate((d) => (d.article.extra = 1)).errors.join()).toContain("must NOT have additional properties");
    expect(mutate((d) => (d.claims[1].status = "PUBLISHED")).valid).toBe(false);
    expect(mutate((d) => (d.claims[0].sources[0] = { ...d.claims[5].sources[0], accessedAt: "2 Aug 2025" })).valid).toBe(false);
    expect(mutate((d) => (d.exportedAt = "yesterday")).valid).toBe(false);
    expect(mutate((d) => (d.article.revision.sha256 = "abc")).valid).toBe(false);
    expect(mutate((d) => (d.claims[0].verdict = { rating: null })).valid).toBe(false);
  });

  it("accepts the nullable members as null", () => {
    const result = mutate((d) => {
      d.article.sourceUrl = null;
      d.article.publishedAt = null;
      d.ratingScale.bestRating = null;
      d.claims[0].verdict = null;
      d.claims[0].review = null;
      d.claims[0].assignee = null;
    });
    expect(result.errors).toEqual([]);
  });

  it("lists exactly the Prisma enum values, so a new enum value is a conscious schema change", () => {
    expect(defs.claimStatus?.enum).toEqual(Object.values(ClaimStatus));
    expect(defs.claimKind?.enum).toEqual(Object.values(ClaimKind));
    expect(defs.sourceKind?.enum).toEqual(Object.values(SourceKind));
    expect(defs.anchorOutcome?.enum).toEqual(Object.values(AnchorOutcome));
    expect(annotatedArticleJsonSchema.$id).toBe("https://factmark.app/schemas/annotated-article-1.json");
  });
});

describe("toNdjsonLine", () => {
  it("writes one newline-terminated line that parses back to the article", () => {
    const a = buildFixture();
    const line = toNdjsonLine(a);
    expect(line.endsWith("\n")).toBe(true);
    expect(line.slice(0, -1)).not.toContain("\n");
    expect(JSON.parse(line)).toEqual(a);
  });
});
