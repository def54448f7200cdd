import { test, expect, createArticle } from "../fixtures";

test("a claim can be marked with the keyboard only: shift+arrows then Alt+M", async ({ checkerPage: page }) => {
  const text = "Meeting: the first in-person meeting since 2018 was held.";
  const { id } = await createArticle(page.request, text);
  await page.goto(`/articles/${id}`);

  // reach the article with Tab, as a keyboard user would
  const article = page.getByTestId("article-text");
  for (let i = 0; i < 40 && !(await article.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(article).toBeFocused();
  await page.keyboard.press("Control+Home");
  for (let i = 0; i < text.indexOf("since 2018"); i++) await page.keyboard.press("ArrowRight");
  for (let i = 0; i < "since 2018".length; i++) await page.keyboard.press("Shift+ArrowRight");
  await page.keyboard.press("Alt+M");

  await expect(page.locator("mark.claim-mark[data-claim-id]")).toHaveText("since 2018");
  await expect(article).toHaveText(text); // typing keys never changed the text

  // J / K and Alt+arrows move between claims without the mouse
  await page.keyboard.press("Control+Home");
  for (let i = 0; i < "Meeting".length; i++) await page.keyboard.press("Shift+ArrowRight");
  await page.keyboard.press("Alt+M");
  await expect(page.locator("mark.claim-mark[data-claim-id]")).toHaveCount(2);
  await page.keyboard.press("k");
  await expect(page.getByTestId("research-form")).toContainText("“Meeting”");
  await page.keyboard.press("Alt+ArrowDown");
  await expect(page.getByTestId("research-form")).toContainText("“since 2018”");
});
