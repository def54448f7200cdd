import { test, expect, createArticle } from "../fixtures";
import { createClaim } from "../workspace/helpers";

const TEXT = "The ISS, a 25-year-old totem of scientific diplomacy, is due to be retired in 2030.";

test("fact-checker submits, editor sends back with a note, fact-checker fixes and resubmits, editor sees the diff and approves; history shows it", async ({ checkerPage: checker, asRole }) => {
  // research done through the API: this spec is about the review journey
  const { id: articleId } = await createArticle(checker.request, TEXT);
  const claim = await createClaim(checker.request, articleId, "a 25-year-old totem");
  const patch = await checker.request.patch(`/api/v1/claims/${claim.id}`, {
    data: { version: claim.version, statement: "The ISS is 25 years old", verdict: { rating: "mostly-true", summary: "Launched 1998; crewed since 2000." } },
  });
  expect(patch.ok(), await patch.text()).toBe(true);
  const source = await checker.request.post(`/api/v1/claims/${claim.id}/sources`, { data: { url: "https://www.nasa.gov/international-space-station/", title: "NASA: ISS" } });
  expect(source.ok(), await source.text()).toBe(true);

  // 1. the fact-checker submits from the workspace
  await checker.goto(`/articles/${articleId}`);
  await checker.getByRole("list", { name: "Claims in text order" }).getByRole("button").first().click();
  await checker.getByRole("button", { name: "Submit for review" }).click();
  await expect(checker.getByTestId("research-form").locator(".research-head")).toContainText("In review");

  // 2. the editor finds it in the queue and sends it back with a note
  const { page: editor } = await asRole("EDITOR");
  await editor.goto(`/review?articleId=${articleId}`);
  await editor.getByTestId("review-queue").getByRole("link", { name: "The ISS is 25 years old" }).click();
  await expect(editor.getByRole("heading", { level: 1 })).toContainText("a 25-year-old totem");
  await editor.getByRole("button", { name: "Request changes" }).click();
  await expect(editor.getByTestId("review-actions").getByRole("alert")).toContainText("Write a note"); // a note is required
  await editor.getByLabel(/Note to the fact-checker/).fill("Count from the first crew: November 2000.");
  await editor.getByRole("button", { name: "Request changes" }).click();
  await expect(editor.getByTestId("review-actions").getByRole("status")).toContainText("changes requested");

  // 3. the fact-checker sees the note, fixes the statement and resubmits
  await checker.goto("/sent-back");
  await expect(checker.getByTestId("sent-back")).toContainText("Count from the first crew: November 2000.");
  await checker.goto(`/articles/${articleId}`);
  await checker.getByRole("list", { name: "Claims in text order" }).getByRole("button").first().click();
  await checker.getByLabel("Statement (a standalone sentence)").fill("The ISS has been crewed for 25 years");
  await expect(checker.getByTestId("save-status")).toHaveText("Saved", { timeout: 10_000 });
  await checker.getByRole("button", { name: "Submit for review" }).click();
  await expect(checker.getByTestId("research-form").locator(".research-head")).toContainText("In review");

  // 4. the editor sees what changed, word by word, and approves
  await editor.goto(`/review/${claim.id}`);
  const diff = editor.getByTestId("claim-diff");
  await expect(diff).toContainText("Changes since the version sent back");
  await expect(diff.locator("ins")).toContainText(["crewed for"]);
  await editor.getByRole("button", { name: "Approve" }).click();
  await expect(editor.getByTestId("review-actions").getByRole("status")).toContainText("now approved");

  // 5. the claim is locked, and its history tells the story
  const locked = await checker.request.patch(`/api/v1/claims/${claim.id}`, { data: { version: 99, statement: "x" } });
  expect(locked.status()).toBe(409);
  await checker.goto(`/claims/${claim.id}/history`);
  const history = checker.getByTestId("history");
  for (const line of ["submitted it for review", "requested changes", "edited the claim", "approved it"]) await expect(history).toContainText(line);
});

test("roles: a fact-checker cannot open the review queue, the dashboard or admin pages", async ({ checkerPage }) => {
  for (const path of ["/review", "/dashboard", "/admin/users", "/admin/audit"]) {
    await checkerPage.goto(path);
    await expect(checkerPage).toHaveURL(/\/forbidden/);
  }
});
