import { test, expect, DEMO_EMAILS, DEMO_PASSWORD, createUser, testDb, type Role } from "../fixtures";

const ROLE_HOME: Record<Role, string> = { FACT_CHECKER: "fact-checker", EDITOR: "editor", EXPORTER: "exporter", ADMIN: "admin" };

test.describe("sign-in", () => {
  for (const role of Object.keys(DEMO_EMAILS) as Role[]) {
    test(`the demo ${ROLE_HOME[role]} signs in through the form and sees the reference article`, async ({ page }) => {
      await page.goto("/sign-in");
      await page.getByLabel("Email").fill(DEMO_EMAILS[role]);
      await page.getByLabel("Password").fill(DEMO_PASSWORD);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page).toHaveURL(/\/articles/);
      await expect(page.getByRole("navigation", { name: "Main" })).toContainText(ROLE_HOME[role]);
      await expect(page.getByText("US, Russian space chiefs talk moon, ISS cooperation").first()).toBeVisible();
    });
  }

  test("signing out returns to the sign-in page of this server and ends the session", async ({ checkerPage: page, baseURL }) => {
    await page.goto("/articles");
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(`${baseURL}/sign-in`);
    expect((await page.request.get("/api/v1/articles")).status()).toBe(401);
    await page.goto("/articles");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Farticles/);
  });

  test("an unauthenticated visit is redirected to sign in, and the API answers 401 JSON", async ({ page, request }) => {
    await page.goto("/articles");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Farticles/);
    const res = await request.get("/api/v1/articles");
    expect(res.status()).toBe(401);
    expect((await res.json()).error.code).toBe("UNAUTHENTICATED");
  });

  test("bad input and wrong passwords get a clear message", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill("not-an-email");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("Enter a valid email address")).toBeVisible();
    await page.getByLabel("Email").fill(`nobody-${Date.now()}@e2e.test`);
    await page.getByLabel("Password").fill("wrong");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.locator("#sign-in-error")).toContainText("Wrong email or password");
  });

  test("a disabled user cannot sign in, and loses access at the next request", async ({ page, browser }) => {
    const user = await createUser("FACT_CHECKER");
    const context = await browser.newContext();
    const p = await context.newPage();
    await p.goto("/sign-in");
    await p.getByLabel("Email").fill(user.email);
    await p.getByLabel("Password").fill(user.password);
    await p.getByRole("button", { name: "Sign in" }).click();
    await expect(p).toHaveURL(/\/articles/);
    await testDb().query(`UPDATE "User" SET disabled = true WHERE id = $1`, [user.id]);
    await p.goto("/articles");
    await expect(p).toHaveURL(/\/sign-in/);
    expect((await p.request.get("/api/v1/articles")).status()).toBe(401);
    await context.close();

    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password").fill(user.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.locator("#sign-in-error")).toContainText("disabled");
  });
});
