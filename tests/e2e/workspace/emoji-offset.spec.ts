import { test, expect, createArticle } from "../fixtures";
import { getClaim, selectByMouse } from "./helpers";

test("an emoji before the claim does not shift its code-point offsets", async ({ checkerPage: page }) => {
  const text = "🚀🛰️ Launch day 🎉\n\nNASA says the $100 billion ISS flies on.";
  const { id } = await createArticle(page.request, text);
  await page.goto(`/articles/${id}`);
  await selectByMouse(page, "$100 billion");
  await page.getByRole("button", { name: /Mark claim/ }).click();
  await expect(page.locator("mark.claim-mark[data-claim-id]")).toHaveText("$100 billion");

  const claimId = await page.locator("mark.claim-mark[data-claim-id]").getAttribute("data-claim-id");
  const claim = await getClaim(page.request, claimId!);
  const start = [...text.slice(0, text.indexOf("$"))].length; // code points, not UTF-16 units
  expect(claim.selector).toMatchObject({ exact: "$100 billion", start, end: start + 12 });
  expect(start).toBeLessThan(text.indexOf("$")); // the emoji really are astral

  await page.reload();
  await expect(page.locator("mark.claim-mark[data-claim-id]")).toHaveText("$100 billion");
});
