import { test, expect, createArticle } from "../fixtures";

const TEXT = [
  "LONDON (Reuters) - The new bridge cost $4.2 billion to build, officials said on Tuesday.",
  "It is the longest suspension bridge in Europe, and traffic rose by 12% in its first month.",
  "The 65-year-old engineer who designed it said the delays were caused by storms in March 2023.",
].join("\n\n");

type Listed = { suggestions: { key: string; exact: string; claimKind: string }[] };

const KIND_LABEL: Record<string, RegExp> = {
  NUMBER_STATISTIC: /Number/,
  DATE_TIME: /Date/,
  QUANTITY_COUNT: /Quantity|Count/i,
  QUOTE: /Quote/,
  COMPARISON_SUPERLATIVE: /Comparison|Superlative/i,
  CAUSAL: /Causal/i,
};

test("a checker accepts one suggestion and dismisses another by keyboard; the dismissal survives a reload", async ({ checkerPage: page }) => {
  const { id } = await createArticle(page.request, TEXT);
  const listed = (await (await page.request.get(`/api/v1/articles/${id}/suggestions`)).json()) as Listed;
  const [first, second] = listed.suggestions;
  if (!first || !second) throw new Error("the detector found fewer than two suggestions");
  const total = listed.suggestions.length;

  await page.goto(`/articles/${id}`);
  await expect(page.getByTestId("suggestion-count")).toHaveText(`(${total})`);
  await expect(page.locator(`.article-text .suggestion-mark[data-suggestion-key="${first.key}"]`).first()).toBeVisible();

  // N focuses the first suggestion; A makes it a draft claim of its kind
  await page.keyboard.press("n");
  const card = page.getByTestId("suggestion-card");
  await expect(card).toHaveAttribute("data-suggestion-key", first.key);
  await page.keyboard.press("a");
  const claims = page.getByRole("list", { name: "Claims in text order" }).getByRole("listitem");
  await expect(claims).toHaveCount(1);
  await expect(claims.first()).toContainText("Draft");
  await expect(claims.first()).toContainText(first.exact.slice(0, 40));
  await expect(claims.first()).toContainText(KIND_LABEL[first.claimKind] ?? /./);
  await expect(page.locator(`.article-text [data-suggestion-key="${first.key}"]`)).toHaveCount(0);

  // leave any form field the new claim's research form may have taken focus into
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press("n");
  await expect(card).toHaveAttribute("data-suggestion-key", second.key);
  await page.keyboard.press("d");
  await expect(page.locator(`.article-text [data-suggestion-key="${second.key}"]`)).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Undo" })).toBeVisible();
  await expect
    .poll(async () => ((await (await page.request.get(`/api/v1/articles/${id}/suggestions`)).json()) as Listed).suggestions.map((s) => s.key))
    .not.toContain(second.key);

  await page.reload();
  await expect(page.getByTestId("suggestion-count")).toHaveText(`(${total - 2})`);
  await expect(page.locator(`.article-text [data-suggestion-key="${second.key}"]`)).toHaveCount(0);
  await expect(page.locator(`.article-text [data-suggestion-key="${first.key}"]`)).toHaveCount(0);
  await expect(claims).toHaveCount(1);
});

test("Undo brings a dismissed suggestion back, and the toggle hides suggestions until switched on again", async ({ checkerPage: page }) => {
  const { id } = await createArticle(page.request, TEXT);
  await page.goto(`/articles/${id}`);
  const count = page.getByTestId("suggestion-count");
  await expect(count).toHaveText(/\(\d+\)/);
  const before = await count.textContent();
  await page.keyboard.press("n");
  const key = await page.getByTestId("suggestion-card").getAttribute("data-suggestion-key");
  await page.keyboard.press("d");
  await expect(page.locator(`.article-text [data-suggestion-key="${key}"]`)).toHaveCount(0);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.locator(`.article-text [data-suggestion-key="${key}"]`).first()).toBeVisible();
  await expect(count).toHaveText(before ?? "");

  await page.getByLabel("Show suggestions").uncheck();
  await expect(page.locator(".article-text .suggestion-mark")).toHaveCount(0);
  await page.reload();
  await expect(page.getByLabel("Show suggestions")).not.toBeChecked();
  await expect(page.locator(".article-text .suggestion-mark")).toHaveCount(0);
  await page.getByLabel("Show suggestions").check();
  await expect(page.locator(".article-text .suggestion-mark").first()).toBeVisible();
});
