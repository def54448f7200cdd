import { test, expect, createArticle } from "../fixtures";
import { createClaim, getClaim } from "./helpers";

test("a source with a non-http URL is refused at the field; a valid one is added and kept", async ({ checkerPage: page }) => {
  const { id } = await createArticle(page.request, "The $100 billion ISS will be retired in 2030.");
  const claim = await createClaim(page.request, id, "$100 billion");
  await page.goto(`/articles/${id}`);
  await page.getByRole("list", { name: "Claims in text order" }).getByRole("button").first().click();

  await page.getByRole("button", { name: "Add source" }).click();
  const url = page.getByRole("textbox", { name: "URL", exact: true });
  await url.fill("javascript:alert(1)");
  await page.getByRole("button", { name: "Add source" }).click();
  await expect(page.getByText("URL: must be an http:// or https:// URL")).toBeVisible();
  await expect(url).toHaveAttribute("aria-invalid", "true");
  expect((await getClaim(page.request, claim.id)).sources).toHaveLength(0);

  await url.fill("https://www.nasa.gov/international-space-station/");
  await page.getByRole("textbox", { name: "Title", exact: true }).fill("International Space Station");
  await page.getByRole("textbox", { name: "Archive URL (optional)" }).fill("ftp://example.org/copy");
  await page.getByRole("button", { name: "Add source" }).click();
  await expect(page.getByText("Archive URL (optional): must be an http:// or https:// URL")).toBeVisible();
  await page.getByRole("textbox", { name: "Archive URL (optional)" }).fill("");
  await expect(page.getByLabel("Accessed")).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
  await page.getByRole("button", { name: "Add source" }).click();

  await expect(page.getByTestId("source-item")).toHaveCount(1);
  await expect(page.getByTestId("source-item")).toContainText("International Space Station");
  expect((await getClaim(page.request, claim.id)).sources).toHaveLength(1);
});
