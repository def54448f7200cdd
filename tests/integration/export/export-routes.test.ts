import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { createApiToken } from "@/lib/token/create-api-token";
import { revokeApiToken } from "@/lib/token/revoke-api-token";
import { validateAnnotatedArticle } from "@/lib/export/validate-annotated-article";
import { GET as exportArticle } from "@/app/api/v1/articles/[id]/export/route";
import { GET as bulkExport } from "@/app/api/v1/export/route";
import { POST as createClaimRoute } from "@/app/api/v1/articles/[id]/claims/route";
import { createExportActor, createExportArticle } from "./export-fixtures";

const BASE = "http://factmark.test/api/v1";
const bearer = (token: string, init: RequestInit = {}) => ({ ...init, headers: { authorization: `Bearer ${token}`, ...(init.headers ?? {}) } });
const ctx = (id: string) => ({ params: Promise.resolve({ id }) });
const noParams = { params: Promise.resolve({}) };

async function tokenFor(actor: Actor, scopes: string[]) {
  return createApiToken({ actor, input: { name: `t-${scopes.join("-")}`, scopes } });
}

describe("export routes with API tokens", () => {
  let checker: Actor, editor: Actor, exporter: Actor;
  let articleId: string, approvedId: string;
  beforeAll(async () => {
    [checker, editor, exporter] = await Promise.all([createExportActor("FACT_CHECKER"), createExportActor("EDITOR"), createExportActor("EXPORTER")]);
    const made = await createExportArticle(checker, editor);
    articleId = made.article.id;
    approvedId = made.approved.id;
  });

  it("an export token downloads every format with its content type and an attachment filename", async () => {
    const { token } = await tokenFor(exporter, ["export"]);
    const expected: Record<string, RegExp> = {
      json: /^application\/json/,
      w3c: /^application\/ld\+json; profile="http:\/\/www\.w3\.org\/ns\/anno\.jsonld"$/,
      claimreview: /^application\/ld\+json/,
      html: /^text\/html/,
      csv: /^text\/csv/,
    };
    for (const [format, type] of Object.entries(expected)) {
      const res = await exportArticle(new Request(`${BASE}/articles/${articleId}/export?format=${format}`, bearer(token)), ctx(articleId));
      expect(res.status, format).toBe(200);
      expect(res.headers.get("content-type")).toMatch(type);
      expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="factmark-test-article-[a-z0-9-]+-r1\./);
      const body = await res.text();
      if (format === "json") {
        const doc = JSON.parse(body);
        expect(validateAnnotatedArticle(doc).valid).toBe(true);
        expect(doc.claims.map((c: { id: string }) => c.id)).toEqual([approvedId]); // exporter: approved only
      }
      if (format === "csv") expect(body).not.toContain('"=HYPERLINK'); // the draft is not there at all
    }
  });

  it("answers 400 naming format or status for unknown values", async () => {
    const { token } = await tokenFor(exporter, ["export"]);
    for (const [query, field] of [["format=pdf", "format"], ["status=drafts", "status"]] as const) {
      const res = await exportArticle(new Request(`${BASE}/articles/${articleId}/export?${query}`, bearer(token)), ctx(articleId));
      expect(res.status).toBe(400);
      expect((await res.json()).error.fields).toHaveProperty(field);
    }
  });

  it("a read token can neither export (403) nor write (403)", async () => {
    const { token } = await tokenFor(checker, ["read"]);
    const exp = await exportArticle(new Request(`${BASE}/articles/${articleId}/export?format=json`, bearer(token)), ctx(articleId));
    expect(exp.status).toBe(403);
    expect((await exp.json()).error.code).toBe("FORBIDDEN");
    const bulk = await bulkExport(new Request(`${BASE}/export?format=ndjson`, bearer(token)), noParams);
    expect(bulk.status).toBe(403);
    const write = await createClaimRoute(
      new Request(`${BASE}/articles/${articleId}/claims`, bearer(token, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ selector: { exact: "since 1998" } }) })),
      ctx(articleId),
    );
    expect(write.status).toBe(403);
  });

  it("a revoked token gets 401", async () => {
    const { token, apiToken } = await tokenFor(exporter, ["export"]);
    await revokeApiToken({ actor: exporter, tokenId: apiToken.id });
    const res = await exportArticle(new Request(`${BASE}/articles/${articleId}/export?format=json`, bearer(token)), ctx(articleId));
    expect(res.status).toBe(401);
    expect((await res.json()).error.code).toBe("UNAUTHENTICATED");
  });

  it("streams the bulk export as NDJSON with a total, approved only for the exporter", async () => {
    const { token } = await tokenFor(exporter, ["export"]);
    const res = await bulkExport(new Request(`${BASE}/export?format=ndjson&status=approved`, bearer(token)), noParams);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/x-ndjson/);
    const total = Number(res.headers.get("x-factmark-total-articles"));
    const lines = (await res.text()).split("\n").filter(Boolean).map((l) => JSON.parse(l));
    // other test files add articles in parallel, so the count is only a lower bound here
    expect(total).toBeGreaterThanOrEqual(1);
    expect(lines.some((d) => d.article.id === articleId)).toBe(true);
    for (const doc of lines) {
      expect(validateAnnotatedArticle(doc).valid).toBe(true);
      expect(doc.claims.every((c: { status: string }) => c.status === "APPROVED")).toBe(true);
    }
  });

  it("filters the bulk export by since and refuses a bad since with 400 naming it", async () => {
    const { token } = await tokenFor(editor, ["export"]);
    const future = await bulkExport(new Request(`${BASE}/export?format=ndjson&since=2999-01-01`, bearer(token)), noParams);
    expect(future.headers.get("x-factmark-total-articles")).toBe("0");
    expect(await future.text()).toBe("");
    for (const since of ["yesterday", "2025-02-30", "2025-13-01"]) {
      const bad = await bulkExport(new Request(`${BASE}/export?since=${since}`, bearer(token)), noParams);
      expect(bad.status, since).toBe(400);
      expect((await bad.json()).error.fields).toHaveProperty("since");
    }
  });
});
