import { encode } from "next-auth/jwt";
import { test, expect, createUser, signInOverHttp } from "../fixtures";

// The documented limits: 5 failed sign-ins per email in 15 minutes, then refused even with the
// right password; sessions are signed JWT cookies, so a tampered or expired one is nobody.
test.describe("sign-in throttling and sessions", () => {
  test("the 6th attempt after 5 failures is refused with the right password", async ({ page }) => {
    const user = await createUser("FACT_CHECKER");
    // five failures over HTTP (the throttle counts per email, whatever the channel)...
    for (let i = 0; i < 5; i++) {
      await expect(signInOverHttp(page.context().request, user.email, `wrong-password-${i}`)).rejects.toThrow(/sign-in failed/);
    }
    // ...then the right password through the form is refused with the documented message
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password").fill(user.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.locator("#sign-in-error")).toContainText("Too many failed sign-ins");
    await expect(page).toHaveURL(/\/sign-in/);
    // and over HTTP, too
    await expect(signInOverHttp(page.context().request, user.email, user.password)).rejects.toThrow(/sign-in failed/);
  });

  test("a tampered, forged or expired session cookie is nobody: 401 from the API, sign-in for pages", async ({ browser, baseURL }) => {
    const user = await createUser("EDITOR");
    const context = await browser.newContext();
    await signInOverHttp(context.request, user.email, user.password);
    expect((await context.request.get("/api/v1/articles")).status()).toBe(200);
    const cookies = await context.cookies();
    const session = cookies.find((c) => /next-auth\.session-token$/.test(c.name));
    expect(session, cookies.map((c) => c.name).join(",")).toBeTruthy();
    const value = session!.value;
    const flip = (s: string, i: number) => s.slice(0, i) + (s[i] === "A" ? "B" : "A") + s.slice(i + 1);
    const variants: Record<string, string> = {
      "one character changed in the middle": flip(value, Math.floor(value.length / 2)),
      // not the very last character: its low bits are base64url padding and decode the same
      "a character of the auth tag changed": flip(value, value.length - 5),
      "truncated": value.slice(0, value.length - 10),
      "garbage": "eyJhbGciOiJub25lIn0.eyJ1aWQiOiJhZG1pbiJ9.",
    };
    for (const [name, tampered] of Object.entries(variants)) {
      const c = await browser.newContext();
      await c.addCookies([{ ...session!, value: tampered }]);
      const api = await c.request.get("/api/v1/articles");
      expect(api.status(), name).toBe(401);
      if (name === "garbage") {
        const page = await c.newPage();
        await page.goto("/articles");
        await expect(page, name).toHaveURL(/\/sign-in/);
      }
      await c.close();
    }
    // a correctly signed session whose JWT expired a minute ago (the server's own secret) is refused
    const secret = process.env.NEXTAUTH_SECRET ?? "e2e-secret-not-for-production";
    const claims = { sub: user.id, uid: user.id, role: user.role, email: user.email, name: user.name };
    const fresh = await encode({ token: claims, secret, maxAge: 60 });
    const stale = await encode({ token: claims, secret, maxAge: -60 });
    for (const [name, token, status] of [["freshly signed (control)", fresh, 200], ["expired", stale, 401]] as const) {
      const c = await browser.newContext();
      await c.addCookies([{ ...session!, value: token, expires: Math.floor(Date.now() / 1000) + 3600 }]);
      expect((await c.request.get("/api/v1/articles")).status(), name).toBe(status);
      await c.close();
    }
    void baseURL;
    await context.close();
  });
});
