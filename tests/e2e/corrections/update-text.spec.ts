import { readFileSync } from "node:fs";
import path from "node:path";
import { test, expect, createArticle, testDb } from "../fixtures";
import { createClaim, getClaim, selectByMouse } from "../workspace/helpers";
import { normalizeText } from "../../../lib/anchoring/normalize-text";

// The reference article's Reuters body, and its correction: one claim's sentence reworded,
// the paragraph of another moved to the end, the sentence of the third deleted.
const raw = readFileSync(path.resolve(__dirname, "../../../prisma/demo/iss-roscosmos-article.txt"), "utf8");
const ORIGINAL = normalizeText(raw.slice(raw.indexOf("WASHINGTON (Reuters)"), raw.indexOf("(Reporting by")));
const REWORDED = "the $100 billion ISS";
const MOVED = "two U.S. astronauts, a Russian cosmonaut and a Japanese astronaut";
const DELETED = "invaded Ukraine in February 2022";

function correctedText(): string {
  const paragraphs = ORIGINAL.split("\n\n");
  const [moved] = paragraphs.splice(paragraphs.findIndex((p) => p.includes(MOVED)), 1);
  return [...paragraphs, moved!]
    .join("\n\n")
    .replace("Amity on the $100 billion ISS", "Amity on the $150 billion ISS")
    .replace("Russia had plans to participate in NASA’s flagship Artemis moon program until it invaded Ukraine in February 2022. ", "");
}

test("pasting a corrected text re-anchors the claims: summary, changed claim back in review, orphan re-attached", async ({ checkerPage: page }) => {
  const { id } = await createArticle(page.request, ORIGINAL);
  const reworded = await createClaim(page.request, id, REWORDED);
  const moved = await createClaim(page.request, id, MOVED);
  const orphan = await createClaim(page.request, id, DELETED);
  // the reworded claim was approved earlier (the review workflow has its own tests)
  await testDb().query(`UPDATE "Claim" SET status = 'APPROVED', "approvedAt" = now(), "approvedSnapshot" = '{"exact":"the $100 billion ISS"}' WHERE id = $1`, [reworded.id]);

  await page.goto(`/articles/${id}`);
  await page.getByRole("link", { name: "Update text" }).click();
  await expect(page.getByRole("heading", { name: "Update text" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Save as new revision" })).toBeEnabled();
  await page.getByLabel("Corrected article text").fill(correctedText());
  await page.getByLabel("Note (optional)").fill("Cost corrected");
  await page.getByRole("button", { name: "Save as new revision" }).click();

  const summary = page.getByTestId("update-summary");
  await expect(summary.getByRole("heading", { level: 2 })).toHaveText("Revision 2 saved");
  await expect(summary).toContainText("0 unchanged, 1 moved, 1 changed (back to review), 1 orphaned");
  const changed = summary.getByTestId("changed-claims").locator(`[data-claim-id="${reworded.id}"]`);
  await expect(changed.locator("del")).toHaveText(REWORDED);
  await expect(changed.locator("ins")).toHaveText("the $150 billion ISS");
  await expect(changed).toContainText("Approved → In review");

  const reviewed = (await getClaim(page.request, reworded.id)) as unknown as { status: string; selector: { exact: string } };
  expect(reviewed.status).toBe("IN_REVIEW");
  expect(reviewed.selector.exact).toBe("the $150 billion ISS");
  expect(((await getClaim(page.request, moved.id)) as unknown as { anchor: { outcome: string } }).anchor.outcome).toBe("MOVED");

  // the orphan is listed with its old quote and context, and re-attached by selecting new words
  const orphans = page.getByTestId("orphans");
  const item = orphans.locator(`[data-claim-id="${orphan.id}"]`);
  await expect(item).toContainText(DELETED);
  await expect(item).toContainText("Artemis moon program until it");
  await item.getByRole("button", { name: "Re-attach…" }).click();
  await page.getByTestId("article-text").locator("p", { hasText: "a partner on China’s moon program" }).scrollIntoViewIfNeeded();
  await selectByMouse(page, "a partner on China’s moon program");
  await page.getByRole("button", { name: "Re-attach here" }).click();
  // a shared CI machine can be slow to answer; the request itself is one short transaction
  await expect(orphans).toContainText("Re-attached to “a partner on China’s moon program”", { timeout: 30_000 });
  await expect(orphans.locator(`li[data-claim-id="${orphan.id}"]`)).toHaveCount(0);
  const reattached = (await getClaim(page.request, orphan.id)) as unknown as { anchor: { outcome: string }; selector: { exact: string } };
  expect(reattached).toMatchObject({ anchor: { outcome: "REATTACHED" }, selector: { exact: "a partner on China’s moon program" } });

  // the history shows both revisions with the word diff
  await page.goto(`/articles/${id}/revisions`);
  await expect(page.getByRole("heading", { name: "Revision 1 → revision 2" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Revision 1 with deletions" }).locator("del", { hasText: "100" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Revision 2 with insertions" }).locator("ins", { hasText: "150" })).toBeVisible();
  // the claim's highlight is cut where inserted words start and end; together it is the new quote
  const pieces = page.getByRole("region", { name: "Revision 2 with insertions" }).locator(`mark[data-claim-id="${reworded.id}"]`);
  await expect(pieces.first()).toBeVisible();
  expect((await pieces.allTextContents()).join("")).toBe("the $150 billion ISS");
  const oldPieces = page.getByRole("region", { name: "Revision 1 with deletions" }).locator(`mark[data-claim-id="${reworded.id}"]`);
  expect((await oldPieces.allTextContents()).join("")).toBe(REWORDED);
});

test("an orphan is announced on the article and can be deleted after confirmation; an identical text is refused", async ({ checkerPage: page }) => {
  const { id } = await createArticle(page.request, ORIGINAL);
  const orphan = await createClaim(page.request, id, DELETED);
  const same = await page.request.post(`/api/v1/articles/${id}/revisions`, { data: { text: ORIGINAL } });
  expect(same.status()).toBe(422);
  const res = await page.request.post(`/api/v1/articles/${id}/revisions`, { data: { text: correctedText() } });
  expect(res.status()).toBe(201);

  await page.goto(`/articles/${id}`);
  await expect(page.getByTestId("orphan-notice")).toContainText("1 claim is orphaned");
  await page.getByTestId("orphan-notice").getByRole("link").click();
  const item = page.getByTestId("orphans").locator(`[data-claim-id="${orphan.id}"]`);
  await item.getByRole("button", { name: "Delete…" }).click();
  await item.getByRole("button", { name: "Yes, delete" }).click();
  await expect(page.getByTestId("orphans")).toContainText("Orphaned claim deleted.");
  expect((await page.request.get(`/api/v1/claims/${orphan.id}`)).status()).toBe(404);
});
