import { describe, expect, it } from "vitest";
import { validateAnnotatedArticle } from "@/lib/export/validate-annotated-article";
import { toNativeJson } from "@/lib/export/export-json";
import { renderArticleExport } from "@/lib/export/render-article-export";
import { buildFixture } from "./fixture";

describe("native JSON download", () => {
  const ctx = { baseUrl: "https://factmark.example", generatedAt: "2026-12-04T00:00:00.000Z" } as never;

  it("is compact on the download route and still a valid export document", () => {
    const body = renderArticleExport(buildFixture(), ctx, "json");
    expect(body.trimEnd()).not.toContain("\n");
    const doc = JSON.parse(body);
    expect(validateAnnotatedArticle(doc)).toEqual({ valid: true, errors: [] });
    expect(doc).toEqual(JSON.parse(toNativeJson(buildFixture())));
  });

  it("stays pretty-printed by default (fixture files people open)", () => {
    expect(toNativeJson(buildFixture())).toContain('\n  "');
    expect(toNativeJson(buildFixture(), { pretty: false }).length).toBeLessThan(toNativeJson(buildFixture()).length);
  });
});
