import { test, expect, createArticle } from "../fixtures";
import { createClaim, selectByMouse } from "./helpers";

test("overlapping and nested claims render as distinct, stacked highlights", async ({ checkerPage: page }) => {
  const text = "Russia invaded Ukraine in February 2022, officials said.";
  const { id } = await createArticle(page.request, text);
  const outer = await createClaim(page.request, id, "Russia invaded Ukraine in February 2022");
  await page.goto(`/articles/${id}`);

  // the nested one by mouse, inside the outer claim
  await selectByMouse(page, "February 2022");
  await page.getByRole("button", { name: /Mark claim/ }).click();
  const marks = page.locator("mark.claim-mark[data-claim-id]");
  await expect(page.getByRole("list", { name: "Claims in text order" }).getByRole("listitem")).toHaveCount(2);
  const inner = page.locator(`mark[data-claim-id="${outer.id}"] mark.claim-mark[data-claim-id]`);
  await expect(inner).toHaveText("February 2022");
  const innerId = await inner.getAttribute("data-claim-id");
  expect(innerId).not.toBe(outer.id);

  // a third claim overlapping the end of the outer one
  await selectByMouse(page, "2022, officials");
  await page.keyboard.press("Alt+M");
  await expect(page.getByRole("list", { name: "Claims in text order" }).getByRole("listitem")).toHaveCount(3);
  expect(await marks.evaluateAll((els) => new Set(els.map((e) => e.getAttribute("data-claim-id"))).size)).toBe(3);

  // nested highlights look different from a single one (stacked tint)
  const shadows = await page.locator(`mark[data-claim-id="${outer.id}"] mark`).first().evaluate((el) => getComputedStyle(el).boxShadow);
  expect(shadows).not.toBe("none");

  // click on the nested text: innermost claim first, again: the outer one
  // the third claim split the nested one; its first piece is "February "
  const innerPiece = page.locator(`mark[data-claim-id="${innerId}"]`).first();
  await innerPiece.click();
  await expect(page.getByTestId("research-form")).toContainText("“February 2022”");
  await innerPiece.click();
  await expect(page.getByTestId("research-form")).toContainText("“Russia invaded Ukraine in February 2022”");

  await page.reload();
  await expect(page.locator(`mark[data-claim-id="${outer.id}"] mark[data-claim-id="${innerId}"]`)).toHaveText("February 2022");
});
