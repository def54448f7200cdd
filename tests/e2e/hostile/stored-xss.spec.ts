import { randomUUID } from "node:crypto";
import { test, expect, createUser, signInOverHttp } from "../fixtures";
import type { APIRequestContext, BrowserContext, Page } from "@playwright/test";
import { sessionContext } from "../../hostile-lib/principals";
import { ClaimFixtures, type ClaimRef } from "../../hostile-lib/claim-fixtures";
import { discoverPages } from "../../hostile-lib/discover-pages";
import { currentScale } from "../../hostile-lib/route-rules";
import { hostileArticleHtml, hostileUrl, payload } from "../../hostile-lib/xss-payloads";

// Hostile content stored through the API, then every page (discovered from app/) and the HTML
// export rendered in Chromium: no payload may run a script or open a dialog.
test.describe.configure({ mode: "serial" });

type Stored = { articleId: string; inReview: ClaimRef; sentBack: ClaimRef; approved: ClaimRef; ratingKey: string };

async function must(res: Awaited<ReturnType<APIRequestContext["get"]>>, what: string) {
  if (!res.ok()) throw new Error(`${what}: ${res.status()} ${await res.text()}`);
  return res.json();
}

/** Fills a claim with hostile statement, claimant, verdict, explanation, source and comment. */
async function makeHostile(fx: ClaimFixtures, c: ClaimRef, ratingKey: string, tag: string): Promise<ClaimRef> {
  const o = fx.owner;
  const explanation = { type: "doc", content: [{ type: "paragraph", content: [
    { type: "text", text: payload(`${tag}-explanation`) },
    { type: "text", text: "link", marks: [{ type: "link", attrs: { href: hostileUrl(`${tag}-explanation-href`) } }] },
  ] }] };
  await must(await o.patch(`/api/v1/claims/${c.id}`, { data: { version: c.version, statement: payload(`${tag}-statement`), claimant: payload(`${tag}-claimant`), verdict: { rating: ratingKey, summary: payload(`${tag}-summary`), explanation } } }), "patch");
  await must(await o.post(`/api/v1/claims/${c.id}/sources`, { data: { url: hostileUrl(`${tag}-source-url`), title: payload(`${tag}-source-title`), publisher: payload(`${tag}-pub`), quote: payload(`${tag}-quote`), archiveUrl: hostileUrl(`${tag}-archive`) } }), "source");
  await must(await o.post(`/api/v1/claims/${c.id}/comments`, { data: { body: payload(`${tag}-comment`) } }), "comment");
  const now = (await must(await o.get(`/api/v1/claims/${c.id}`), "get")) as { version: number };
  return { ...c, version: now.version };
}

async function watch(page: Page, fired: string[]) {
  page.on("dialog", async (d) => {
    fired.push(`dialog(${d.type()}): ${d.message()} on ${page.url()}`);
    await d.dismiss().catch(() => undefined);
  });
  await page.exposeBinding("__xss", ({ frame }, where: unknown) => fired.push(`__xss(${String(where)}) on ${frame.url()}`));
}

test.describe("stored XSS", () => {
  let fx: ClaimFixtures;
  let admin: APIRequestContext;
  let stored: Stored;
  const disposers: (() => Promise<void>)[] = [];

  test.beforeAll(async ({}, info) => {
    info.setTimeout(90_000);
    const baseURL = String(info.project.use.baseURL);
    const hostileUser = await createUser("FACT_CHECKER", `<img src=x onerror="window.__xss('user-name')">`);
    const { request } = await import("@playwright/test");
    const owner = await request.newContext({ baseURL });
    await signInOverHttp(owner, hostileUser.email, hostileUser.password);
    const reviewer = await sessionContext(baseURL, "EDITOR");
    const adm = await sessionContext(baseURL, "ADMIN");
    admin = adm.ctx;
    disposers.push(() => owner.dispose(), () => reviewer.ctx.dispose(), () => adm.ctx.dispose());
    fx = new ClaimFixtures(owner, reviewer.ctx);

    const ratingKey = `hostile-${randomUUID().slice(0, 8)}`;
    const scale = await currentScale(admin);
    await must(await admin.put("/api/v1/rating-scale", { data: { entries: [...scale, { key: ratingKey, label: `<img src=x onerror="__xss('rating')">`, description: payload("rating-description"), value: 3, colour: "#123456" }] } }), "rating scale");
    disposers.push(async () => {
      // retire it again, so other tests see the usual scale
      const now = await currentScale(admin);
      await admin.put("/api/v1/rating-scale", { data: { entries: now.map((e) => (e.key === ratingKey ? { ...e, retired: true } : e)) } });
    });

    const preview = (await must(await owner.post("/api/v1/articles/preview", { data: { kind: "html", content: hostileArticleHtml("import") } }), "preview")) as { text: string; sanitizedHtml: string | null };
    expect(preview.sanitizedHtml ?? "").not.toMatch(/<script|onerror|onclick|javascript:|<iframe|<object/i);
    const article = (await must(await owner.post("/api/v1/articles", { data: {
      title: payload("title"), text: `${preview.text}\n\n${payload("text")}`, publisher: payload("publisher"), byline: payload("byline"),
      dateline: payload("dateline"), sourceHtml: hostileArticleHtml("source-html"),
    } }), "article")) as { id: string };
    fx.articleIds.push(article.id);

    const mk = async (tag: string, start: number) => {
      const c = (await must(await owner.post(`/api/v1/articles/${article.id}/claims`, { data: { selector: { start, end: start + 6 } } }), "claim")) as { id: string; version: number };
      return makeHostile(fx, { id: c.id, articleId: article.id, version: c.version }, ratingKey, tag);
    };
    const inReview = await mk("in-review", 0);
    const sentBack = await mk("sent-back", 3);
    const approved = await mk("approved", 8);
    for (const c of [inReview, sentBack, approved]) await must(await owner.post(`/api/v1/claims/${c.id}/submit`), "submit");
    await must(await reviewer.ctx.post(`/api/v1/claims/${sentBack.id}/request-changes`, { data: { note: payload("review-note") } }), "request changes");
    await must(await reviewer.ctx.post(`/api/v1/claims/${approved.id}/approve`, { data: { version: approved.version + 1, note: payload("approve-note") } }), "approve");
    stored = { articleId: article.id, inReview, sentBack, approved, ratingKey };
  });
  test.afterAll(async () => {
    for (const d of disposers.reverse()) await d().catch(() => undefined);
  });

  const PARAMS: Record<string, (s: Stored) => string> = {
    "/articles/[id]": (s) => `/articles/${s.articleId}`,
    "/claims/[id]": (s) => `/claims/${s.inReview.id}`,
    "/review/[claimId]": (s) => `/review/${s.inReview.id}`,
    "/invite/[token]": () => "/invite/not-a-real-invite-token",
  };
  const fillPage = (pattern: string, s: Stored): string => {
    if (!pattern.includes("[")) return pattern;
    const prefix = Object.keys(PARAMS).find((p) => pattern.startsWith(p));
    if (!prefix) throw new Error(`no fixture for the page ${pattern}: add one to PARAMS in stored-xss.spec.ts`);
    return PARAMS[prefix]!(s) + pattern.slice(prefix.length);
  };

  // the admin sees every page; the hostile owner and an exporter see the pages their role shows
  const ROLE_PAGES = { ADMIN: null, FACT_CHECKER: ["/articles/[id]", "/sent-back", "/claims/[id]/history"], EXPORTER: ["/articles", "/articles/[id]"] } as const;
  for (const role of ["ADMIN", "FACT_CHECKER", "EXPORTER"] as const) {
    test(`every page as ${role.toLowerCase()} renders hostile content inert`, async ({ browser }) => {
      test.setTimeout(120_000);
      const fired: string[] = [];
      const ctx: BrowserContext = await browser.newContext();
      const viewer = role === "FACT_CHECKER" ? null : await createUser(role);
      if (viewer) await signInOverHttp(ctx.request, viewer.email, viewer.password);
      else {
        // the hostile owner's own view, with its editable panels
        const cookies = await fx.owner.storageState();
        await ctx.addCookies(cookies.cookies);
      }
      const page = await ctx.newPage();
      await watch(page, fired);
      const visited: string[] = [];
      const only = ROLE_PAGES[role] as readonly string[] | null;
      for (const pattern of discoverPages().filter((p) => !only || only.includes(p))) {
        const url = fillPage(pattern, stored);
        const res = await page.goto(url, { waitUntil: "load" }).catch((e: Error) => e);
        visited.push(`${url} → ${res instanceof Error ? res.message.slice(0, 60) : res?.status()}`);
        const marks = page.locator("[data-claim-id]");
        for (let i = 0; i < Math.min(await marks.count(), 3); i++) await marks.nth(i).click({ timeout: 2000 }).catch(() => undefined);
        await page.waitForTimeout(250);
      }
      test.info().annotations.push({ type: "visited", description: visited.join("; ") });
      expect(fired, `scripts ran; pages: ${visited.join(", ")}`).toEqual([]);
      await ctx.close();
    });
  }

  test("the article page shows the hostile strings as text", async ({ browser }) => {
    const ctx = await browser.newContext();
    await ctx.addCookies((await admin.storageState()).cookies);
    const page = await ctx.newPage();
    const fired: string[] = [];
    await watch(page, fired);
    await page.goto(`/articles/${stored.articleId}`, { waitUntil: "networkidle" });
    await expect(page.getByText(`window.__xss('text')`, { exact: false }).first()).toBeVisible();
    expect(fired).toEqual([]);
    await ctx.close();
  });

  test("the standalone HTML export, opened in the browser, runs no script", async ({ browser }) => {
    const res = await admin.get(`/api/v1/articles/${stored.articleId}/export`, { params: { format: "html", status: "all" } });
    expect(res.status()).toBe(200);
    const html = await res.text();
    expect(html).toContain("window.__xss('text')".replace(/'/g, "&#39;").slice(0, 5)); // the text is there, escaped
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    const fired: string[] = [];
    await watch(page, fired);
    await page.setContent(html, { waitUntil: "load" });
    for (const link of await page.locator("a").all()) {
      const href = (await link.getAttribute("href")) ?? "";
      expect(href, "links in the export are http(s) or in-page").toMatch(/^(https?:|#|$)/);
    }
    await page.waitForTimeout(300);
    expect(fired).toEqual([]);
    await ctx.close();
  });
});
