import { readFileSync } from "node:fs";
import path from "node:path";
import { test, expect } from "../fixtures";

// The reference article saved as a hostile news page: navigation, share buttons, a comment form,
// <script>alert(1)</script>, onerror images, iframes, javascript: links, CSS expressions.
const FIXTURE = path.join(__dirname, "..", "..", "fixtures", "import", "iss-roscosmos-article.html");

test("a fact-checker uploads the reference page as an HTML file: clean text, metadata, nothing executes", async ({ checkerPage: page }) => {
  const fired: string[] = [];
  page.on("dialog", (d) => {
    fired.push(d.message());
    void d.dismiss();
  });
  // a unique canonical URL, so a retry does not meet its own earlier import as a duplicate
  const html = readFileSync(FIXTURE, "utf8").replace(/2707000/g, String(Date.now()));
  await page.goto("/articles/new");
  await page.getByRole("radio", { name: "Upload a file" }).check();
  await page.getByLabel("File (.txt, .html or .md)").setInputFiles({ name: "iss-roscosmos.html", mimeType: "text/html", buffer: Buffer.from(html) });
  await page.getByRole("button", { name: "Preview" }).click();

  const extracted = page.getByTestId("import-text");
  await expect(extracted).toContainText("WASHINGTON (Reuters) -NASA’s new temporary administrator");
  await expect(extracted).toContainText("the $100 billion ISS");
  for (const clutter of ["LEAVE A REPLY", "Support Our Journalism", "Subscribe to our channels", "Most Popular"]) {
    await expect(extracted).not.toContainText(clutter);
  }
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue("US, Russian space chiefs talk moon, ISS cooperation in rare Florida meeting");
  await page.getByRole("button", { name: "Save article" }).click();

  await expect(page).toHaveURL(/\/articles\/(?!new$)[^/?]+$/, { timeout: 20_000 });
  const text = page.getByTestId("article-text");
  await expect(text).toContainText("a 25-year-old totem of scientific diplomacy");
  await expect(text).not.toContainText("alert(1)");
  expect(await page.locator("[data-testid=article-text] script, [data-testid=article-text] iframe, [data-testid=article-text] img").count()).toBe(0);
  expect(fired).toEqual([]);
});
