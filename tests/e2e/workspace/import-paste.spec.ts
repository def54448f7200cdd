import { test, expect } from "../fixtures";

const PAGE_TEXT = [
  "US, Russian space chiefs talk ISS future in rare meeting",
  "By Joey Roulette",
  "The heads of NASA and Roscosmos met in Houston on Thursday for the first in-person meeting since 2018, discussing the future of the $100 billion ISS.",
  "The space station, a 25-year-old totem of scientific diplomacy, is planned for disposal in 2030.",
  "Support Our Journalism",
  "LEAVE A REPLY",
].join("\n\n");

test("a fact-checker imports an article from pasted text, edits the title, and lands in the workspace", async ({ checkerPage: page }) => {
  await page.goto("/articles/new");
  await page.getByLabel("Article text or HTML").fill(PAGE_TEXT);
  await page.getByRole("button", { name: "Preview" }).click();

  const extracted = page.getByTestId("import-text");
  await expect(extracted).toContainText("the $100 billion ISS");
  await expect(extracted).not.toContainText("LEAVE A REPLY");
  const title = `Pasted ISS story ${Date.now()}`;
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByRole("button", { name: "Save article" }).click();

  await expect(page).toHaveURL(/\/articles\/(?!new$)[^/?]+$/, { timeout: 20_000 });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByTestId("article-text")).toContainText("25-year-old totem of scientific diplomacy");

  await page.goto(`/articles?q=${encodeURIComponent(title)}`);
  await expect(page.getByRole("link", { name: title })).toBeVisible();
});

test("an empty title is refused at the field before saving", async ({ checkerPage: page }) => {
  await page.goto("/articles/new");
  await page.getByLabel("Article text or HTML").fill("Plain text line one.\n\nSecond paragraph with 42 numbers.");
  await page.getByRole("button", { name: "Preview" }).click();
  await page.getByLabel("Title", { exact: true }).fill("");
  await page.getByRole("button", { name: "Save article" }).click();
  await expect(page.getByText("Title: is required")).toBeVisible();
  await expect(page).toHaveURL(/\/articles\/new$/);
});
