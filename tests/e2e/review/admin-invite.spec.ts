import { randomUUID } from "node:crypto";
import { test, expect, signInOverHttp } from "../fixtures";

test("an admin invites a user; the one-time link sets a password once; disabling signs them out", async ({ asRole, browser }) => {
  const { page: admin } = await asRole("ADMIN");
  const suffix = randomUUID().slice(0, 8);
  const email = `invitee-${suffix}@e2e.test`;
  const name = `Ivy Invitee ${suffix}`;
  await admin.goto("/admin/users");
  const form = admin.getByRole("form", { name: "Invite someone" });
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("Email").fill(email);
  await form.getByRole("combobox", { name: "Role", exact: true }).selectOption("EDITOR");
  await admin.getByRole("button", { name: "Invite" }).click();
  const link = await admin.getByLabel("Set-password link").inputValue();
  expect(link).toMatch(/\/invite\/fmi_/);

  const guest = await browser.newContext();
  const page = await guest.newPage();
  await page.goto(link);
  await page.getByLabel(/New password/).fill("a long enough password");
  await page.getByLabel("Repeat the password").fill("a long enough password");
  await page.getByRole("button", { name: "Set password" }).click();
  await expect(page.getByRole("status")).toContainText("Your password is set");
  await page.goto(link);
  await expect(page.getByRole("alert").filter({ hasText: "invalid, already used or expired" })).toBeVisible();

  // signed in, then disabled by the admin: the next request is refused
  await signInOverHttp(guest.request, email, "a long enough password");
  expect((await guest.request.get("/api/v1/review-queue")).status()).toBe(200);
  await admin.reload();
  await admin.getByRole("row", { name: new RegExp(name) }).getByRole("button", { name: "Disable" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "disabled" })).toBeVisible();
  expect((await guest.request.get("/api/v1/review-queue")).status()).toBe(401);
  await guest.close();
});
