import { test, expect, createArticle } from "../fixtures";
import { createClaim } from "./helpers";

test("highlights are in the server's HTML, and one clicked before the page's scripts ran is focused once they have", async ({ checkerPage: page }) => {
  const text = "Russia's space agency said on Tuesday it would build its own station.\n\nThe ISS has cost more than $100 billion 🚀, and the partnership has been strained since 2018.";
  const { id } = await createArticle(page.request, text);
  const outer = await createClaim(page.request, id, "has cost more than $100 billion");
  const inner = await createClaim(page.request, id, "$100 billion");
  const late = await createClaim(page.request, id, "since 2018");

  // the page's scripts wait until the click has been made
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/_next/static/chunks/*.js", async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`/articles/${id}`, { waitUntil: "commit" });
  const innerMark = page.locator(`.article-text mark[data-claim-id="${outer.id}"] mark[data-claim-id="${inner.id}"]`);
  await expect(innerMark).toHaveText("$100 billion");
  await expect(page.locator(`.article-text mark[data-claim-id="${late.id}"]`)).toHaveText("since 2018");
  expect(await page.evaluate(() => document.querySelector(".article-text.ProseMirror"))).toBeNull(); // no editor yet
  await innerMark.click();
  release();

  // the innermost claim under the click is focused, with its research form
  await expect(page.locator('.claim-item-button[aria-current="true"]')).toHaveAttribute("data-claim-id", inner.id);
  await expect(page.getByTestId("research-form")).toContainText("$100 billion");

  // the editor takes over the same text later; clicking again moves outwards as before
  await expect(page.locator(".article-text.ProseMirror")).toBeVisible();
  await expect(page.getByTestId("article-text")).toHaveText(text.replace("\n\n", ""));
  await innerMark.click();
  await expect(page.locator('.claim-item-button[aria-current="true"]')).toHaveAttribute("data-claim-id", outer.id);
});
