import { test, expect, createArticle } from "../fixtures";
import { selectByMouse } from "./helpers";

const TEXT = "The heads of NASA and Roscosmos discussed the $100 billion ISS.\n\nThe station is a 25-year-old totem of scientific diplomacy, in use since 2018 by this crew.";

test("marking a claim with the mouse highlights and lists it, and it survives a reload", async ({ checkerPage: page }) => {
  const { id } = await createArticle(page.request, TEXT);
  await page.goto(`/articles/${id}`);
  await selectByMouse(page, "$100 billion");
  await page.getByRole("button", { name: /Mark claim/ }).click();

  const mark = page.locator("mark.claim-mark[data-claim-id]");
  await expect(mark).toHaveText("$100 billion");
  await expect(mark).toHaveAttribute("data-status", "DRAFT");
  await expect(page.getByRole("list", { name: "Claims in text order" })).toContainText("$100 billion");

  // a second claim in the next paragraph; the list stays in text order
  await selectByMouse(page, "25-year-old");
  await page.keyboard.press("Alt+M");
  await expect(page.locator("mark.claim-mark[data-claim-id]")).toHaveCount(2);

  await page.reload();
  await expect(page.locator("mark.claim-mark[data-claim-id]")).toHaveText(["$100 billion", "25-year-old"]);
  const items = page.getByRole("list", { name: "Claims in text order" }).getByRole("listitem");
  await expect(items).toHaveCount(2);
  await expect(items.first()).toContainText("$100 billion");

  // clicking a highlight focuses its claim; choosing a claim in the list focuses its highlight
  await page.locator("mark.claim-mark", { hasText: "25-year-old" }).click();
  await expect(page.getByTestId("research-form")).toContainText("“25-year-old”");
  await items.first().getByRole("button").click();
  await expect(page.getByTestId("research-form")).toContainText("“$100 billion”");
  await expect(items.first().getByRole("button")).toHaveAttribute("aria-current", "true");
});

test("an empty or whitespace-only selection is refused with a message", async ({ checkerPage: page }) => {
  const { id } = await createArticle(page.request, "Words here.\n\nMore words there.");
  await page.goto(`/articles/${id}`);
  await page.getByRole("button", { name: /Mark claim/ }).click();
  await expect(page.getByText(/empty or whitespace-only selection/)).toBeVisible();
  await expect(page.locator("mark.claim-mark[data-claim-id]")).toHaveCount(0);
});
