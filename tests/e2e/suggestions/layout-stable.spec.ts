import { test, expect, createArticle } from "../fixtures";

const TEXT = [
  "LONDON (Reuters) - The new bridge cost $4.2 billion to build, officials said on Tuesday.",
  "It is the longest suspension bridge in Europe, and traffic rose by 12% in its first month.",
].join("\n\n");

test("the article does not move when the editor and the suggestions arrive after the first paint", async ({ checkerPage: page }) => {
  const { id } = await createArticle(page.request, TEXT);
  await page.goto(`/articles/${id}`, { waitUntil: "commit" });
  const text = page.getByTestId("article-text");
  await expect(text).toContainText("The new bridge cost");
  const before = await text.boundingBox();
  await expect(page.locator(".suggestion-hint")).toBeVisible();

  // the editor takes over and the suggestions load (a click meanwhile must land where aimed)
  await expect(page.locator(".article-text.ProseMirror")).toBeVisible();
  await expect(page.getByTestId("suggestion-count")).toBeVisible();
  await expect(page.locator(".suggestion-hint")).toContainText("Press N to go to the next suggestion");
  const after = await text.boundingBox();
  expect(after?.y).toBeCloseTo(before!.y, 0);
  expect(after?.x).toBeCloseTo(before!.x, 0);
});
