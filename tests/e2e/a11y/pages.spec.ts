import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { test, expect, testDb, signedInContext, createArticle, DEMO_EMAILS, DEMO_PASSWORD, type Role } from "../fixtures";

/**
 * The product brief promises that Factmark "passes an automated accessibility check": every
 * main page, as the role that uses it, must show no WCAG 2.0/2.1 A or AA violation in axe-core.
 */
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const DEMO_TITLE_PREFIX = "US, Russian space chiefs";

type Demo = { articleId: string; inReviewClaimId: string; draftClaimId: string; approvedClaimId: string };

/** The seeded demo article and its claims (the e2e database is seeded with FACTMARK_DEMO=1). */
async function findDemo(): Promise<Demo> {
  const db = testDb();
  const article = await db.query<{ id: string }>(`SELECT id FROM "Article" WHERE title LIKE $1 ORDER BY "createdAt" LIMIT 1`, [`${DEMO_TITLE_PREFIX}%`]);
  const articleId = article.rows[0]?.id;
  if (!articleId) throw new Error("the demo article is missing: seed the database with FACTMARK_DEMO=1");
  const claims = await db.query<{ id: string; status: string }>(`SELECT id, status FROM "Claim" WHERE "articleId" = $1 ORDER BY "createdAt"`, [articleId]);
  const byStatus = (s: string) => claims.rows.find((c) => c.status === s)?.id;
  const inReviewClaimId = byStatus("IN_REVIEW");
  const draftClaimId = byStatus("DRAFT") ?? byStatus("CHANGES_REQUESTED");
  const approvedClaimId = byStatus("APPROVED");
  if (!inReviewClaimId || !draftClaimId || !approvedClaimId) throw new Error(`the demo claims are missing: ${JSON.stringify(claims.rows)}`);
  return { articleId, inReviewClaimId, draftClaimId, approvedClaimId };
}

/** Runs axe on the page as it is now and fails listing each violation with its targets. */
async function expectNoViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const report = results.violations.map((v) => {
    const targets = v.nodes.map((n) => `    ${n.target.join(" ")}${n.failureSummary ? `\n      ${n.failureSummary.replace(/\n/g, "\n      ")}` : ""}`);
    return `- ${v.id} [${v.impact ?? "?"}] ${v.help} (${v.helpUrl})\n${targets.join("\n")}`;
  });
  if (report.length) console.log(`axe violations on ${label}:\n${report.join("\n")}`);
  expect(report, `axe violations on ${label}`).toEqual([]);
}

/** Opens `path`, waits until it has loaded its data and hydrated, and checks it. */
async function checkPage(page: Page, path: string, label = path): Promise<void> {
  const res = await page.goto(path);
  expect(res?.status(), `${path} answers`).toBeLessThan(400);
  await page.waitForLoadState("networkidle");
  await expect(page.locator("h1").first()).toBeVisible();
  await expectNoViolations(page, label);
}

test.describe("Accessibility (axe, WCAG 2.1 A/AA)", () => {
  let demo: Demo;
  test.beforeAll(async () => {
    demo = await findDemo();
  });

  test("sign-in page, signed out", async ({ page }) => {
    await checkPage(page, "/sign-in");
  });

  const pagesByRole: { role: Role; paths: (d: Demo) => string[] }[] = [
    {
      role: "FACT_CHECKER",
      paths: (d) => [
        "/articles",
        "/articles/new",
        `/articles/${d.articleId}`,
        `/articles/${d.articleId}/update`,
        `/articles/${d.articleId}/revisions`,
        "/sent-back",
        "/settings",
        `/claims/${d.inReviewClaimId}/history`,
        `/claims/${d.approvedClaimId}/history`,
      ],
    },
    { role: "EDITOR", paths: (d) => ["/review", `/review/${d.inReviewClaimId}`, "/dashboard"] },
    { role: "EXPORTER", paths: () => ["/export", `/articles/${demo.articleId}`] },
    { role: "ADMIN", paths: () => ["/admin", "/admin/users", "/admin/rating-scale", "/admin/settings", "/admin/audit"] },
  ];

  for (const { role, paths } of pagesByRole) {
    test(`main pages as ${role.toLowerCase().replace("_", "-")}`, async ({ asRole }) => {
      const { page } = await asRole(role);
      const failures: string[] = [];
      for (const path of paths(demo)) {
        // check every page even when one fails, so a run reports them all
        await test.step(path, async () => {
          try {
            await checkPage(page, path);
          } catch (e) {
            failures.push(`${path}: ${(e as Error).message.split("\n")[0]}`);
          }
        });
      }
      expect(failures).toEqual([]);
    });
  }

  test("article workspace with a claim focused: the assignee's editable form, the editor's view of others", async ({ asRole, browser }) => {
    // the demo claims are assigned to the demo fact-checker: only she gets the editable research
    // form (a fresh fact-checker sees it read-only); nothing here saves, so the demo data stays as seeded
    const assignee = await signedInContext(browser, "FACT_CHECKER", { id: "", name: "", role: "FACT_CHECKER", email: DEMO_EMAILS.FACT_CHECKER, password: DEMO_PASSWORD });
    const editor = await asRole("EDITOR");
    try {
      const cases = [
        { page: assignee.page, claimId: demo.draftClaimId, who: "the assignee" },
        { page: editor.page, claimId: demo.inReviewClaimId, who: "an editor" },
        { page: editor.page, claimId: demo.approvedClaimId, who: "an editor" },
      ];
      for (const { page, claimId, who } of cases) {
        await page.goto(`/articles/${demo.articleId}`);
        await page.waitForLoadState("networkidle");
        await page.locator(`.claim-item-button[data-claim-id="${claimId}"]`).click();
        await expect(page.getByRole("heading", { name: "Research" })).toBeVisible();
        await page.waitForLoadState("networkidle");
        await expectNoViolations(page, `/articles/{id} as ${who} with claim ${claimId} focused`);
      }
      // the assignee's form with suggestions shown and the source form open
      const page = assignee.page;
      await page.goto(`/articles/${demo.articleId}`);
      await page.waitForLoadState("networkidle");
      await page.getByLabel(/Show suggestions/).check();
      await page.locator(`.claim-item-button[data-claim-id="${demo.draftClaimId}"]`).click();
      await page.getByRole("button", { name: "Add source" }).click();
      await page.waitForLoadState("networkidle");
      await expectNoViolations(page, "/articles/{id} with suggestions shown and the source form open");
      // the explanation's link field, refusing an address (nothing is linked, nothing saved)
      await page.getByRole("toolbar", { name: "Explanation formatting" }).getByRole("button", { name: "Link" }).click();
      await page.getByRole("textbox", { name: "Link address" }).fill("javascript:void(0)");
      await page.getByRole("textbox", { name: "Link address" }).press("Enter");
      await expect(page.getByText("Only http:// and https:// links are allowed.")).toBeVisible();
      await expectNoViolations(page, "/articles/{id} with the explanation's link field refusing an address");
    } finally {
      await assignee.context.close();
    }
  });

  test("messages and forms after interaction: sign-in errors, import preview, review note, invite link", async ({ page, asRole }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill("not-an-email");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("Enter a valid email address")).toBeVisible();
    await expectNoViolations(page, "/sign-in with a field error");
    await page.getByLabel("Email").fill(`nobody-${Date.now()}@e2e.test`);
    await page.getByLabel("Password").fill("wrong");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("Wrong email or password")).toBeVisible();
    await expectNoViolations(page, "/sign-in with a wrong password");

    const { page: checker } = await asRole("FACT_CHECKER");
    await checker.goto("/articles/new");
    await checker.getByLabel("Article text or HTML").fill("A line of 42 words.\n\nThe ISS cost $100 billion in 2030.");
    await checker.getByRole("button", { name: "Preview" }).click();
    await checker.getByLabel("Title", { exact: true }).fill("");
    await checker.getByRole("button", { name: "Save article" }).click();
    await expect(checker.getByText("Title: is required")).toBeVisible();
    await expectNoViolations(checker, "/articles/new preview with a field error");

    const { page: editor } = await asRole("EDITOR");
    await editor.goto(`/review/${demo.inReviewClaimId}`);
    await editor.waitForLoadState("networkidle");
    await editor.getByRole("button", { name: "Request changes" }).click();
    await expect(editor.getByTestId("review-actions").getByRole("alert")).toContainText("Write a note");
    await expectNoViolations(editor, "/review/{claimId} with the note error");

    const { page: admin } = await asRole("ADMIN");
    await admin.goto("/admin/users");
    const form = admin.getByRole("form", { name: "Invite someone" });
    await form.getByLabel("Name").fill("A11y invitee");
    await form.getByLabel("Email").fill(`a11y-${Date.now()}@e2e.test`);
    await admin.getByRole("button", { name: "Invite" }).click();
    await expect(admin.getByLabel("Set-password link")).toBeVisible();
    await expectNoViolations(admin, "/admin/users with an invite link");

    // the invitee's set-password page (signed out), blank and with the mismatch error
    const link = await admin.getByLabel("Set-password link").inputValue();
    await page.context().clearCookies();
    await checkPage(page, new URL(link).pathname, "/invite/{token}");
    await page.getByLabel(/New password/).fill("a long enough password");
    await page.getByLabel("Repeat the password").fill("a different password");
    await page.getByRole("button", { name: "Set password" }).click();
    await expect(page.getByText("The two passwords differ.")).toBeVisible();
    await expectNoViolations(page, "/invite/{token} with the passwords differing");
  });

  test("the conflict dialog when someone else saved the claim first", async ({ asRole }) => {
    const a = await asRole("FACT_CHECKER");
    const b = await asRole("FACT_CHECKER");
    const { id } = await createArticle(a.page.request, "The $100 billion ISS is 25 years old.");
    const created = await a.page.request.post(`/api/v1/articles/${id}/claims`, { data: { selector: { exact: "$100 billion" } } });
    expect(created.status()).toBe(201);
    for (const p of [a.page, b.page]) {
      await p.goto(`/articles/${id}`);
      await p.getByRole("list", { name: "Claims in text order" }).getByRole("button").first().click();
    }
    await a.page.getByLabel("Statement (a standalone sentence)").fill("The ISS cost $100 billion");
    await expect(a.page.getByTestId("save-status")).toHaveText("Saved", { timeout: 10_000 });
    await b.page.getByLabel("Claimant (who asserts it)").fill("Reuters");
    await expect(b.page.getByRole("dialog", { name: "Someone else changed this claim" })).toBeVisible({ timeout: 10_000 });
    await expectNoViolations(b.page, "/articles/{id} with the conflict dialog open");
  });
});
