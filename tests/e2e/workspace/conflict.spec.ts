import { test, expect, createArticle } from "../fixtures";
import { createClaim, getClaim } from "./helpers";

test("two people edit the same claim: the stale save gets a conflict dialog and nothing is overwritten silently", async ({ checkerPage: pageA, asRole }) => {
  const { id } = await createArticle(pageA.request, "The $100 billion ISS is 25 years old.");
  const claim = await createClaim(pageA.request, id, "$100 billion");
  const { page: pageB } = await asRole("FACT_CHECKER");

  for (const p of [pageA, pageB]) {
    await p.goto(`/articles/${id}`);
    await p.getByRole("list", { name: "Claims in text order" }).getByRole("button").first().click();
  }
  await pageA.getByLabel("Statement (a standalone sentence)").fill("The ISS cost $100 billion");
  await expect(pageA.getByTestId("save-status")).toHaveText("Saved", { timeout: 10_000 });
  await expect.poll(async () => (await getClaim(pageA.request, claim.id)).statement).toBe("The ISS cost $100 billion");

  // B still holds the old version
  await pageB.getByLabel("Claimant (who asserts it)").fill("Reuters");
  const dialog = pageB.getByRole("dialog", { name: "Someone else changed this claim" });
  await expect(dialog).toBeVisible({ timeout: 10_000 });
  await expect(dialog).toContainText("Statement");
  await expect(dialog).toContainText("The ISS cost $100 billion");
  await expect(pageB.getByTestId("save-status")).toContainText("Conflict");
  expect((await getClaim(pageA.request, claim.id)).statement).toBe("The ISS cost $100 billion");

  await dialog.getByRole("button", { name: "Apply my changes on top" }).click();
  await expect(pageB.getByTestId("save-status")).toHaveText("Saved", { timeout: 10_000 });
  // B's form now shows A's statement too, and the server has both edits
  await expect(pageB.getByLabel("Statement (a standalone sentence)")).toHaveValue("The ISS cost $100 billion");
  const final = await getClaim(pageA.request, claim.id);
  expect(final.statement).toBe("The ISS cost $100 billion");
  expect((final as unknown as { claimant: string }).claimant).toBe("Reuters");
});
