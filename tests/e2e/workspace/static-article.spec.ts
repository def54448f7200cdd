import { randomUUID } from "node:crypto";
import { test, expect, createArticle } from "../fixtures";
import { createClaim } from "./helpers";

/**
 * The article text before the tiptap editor takes over: the server's highlighted HTML, kept
 * as it is when the page hydrates (the browser does not render it again) and rendered in the
 * browser only when it must be — a claim changed while the text is static, or the workspace
 * reached by navigation rather than loaded.
 */

const pad = (n: number) => String(n).padStart(3, "0");

test("more claims than the list's first render: every highlight is in the page, the list completes, and a claim beyond it is focused from its highlight", async ({ checkerPage: page }) => {
  test.setTimeout(120_000);
  const count = 70;
  const sentences = Array.from({ length: count }, (_, i) => `Statement ${pad(i)} says the figure rose.`);
  const text = [sentences.slice(0, 35).join(" "), sentences.slice(35).join(" ")].join("\n\n");
  const { id } = await createArticle(page.request, text);
  const claims: { id: string }[] = [];
  for (let i = 0; i < count; i++) claims.push(await createClaim(page.request, id, `Statement ${pad(i)}`));

  // the server's HTML: every highlight, and the first 20 items of the list
  const html = await (await page.request.get(`/articles/${id}`)).text();
  expect(html.match(/<mark [^>]*data-claim-id=/g)?.length).toBe(count);
  expect(html.match(/class="claim-item"/g)?.length).toBe(20);

  await page.goto(`/articles/${id}`);
  await expect(page.locator(".article-text mark[data-claim-id]")).toHaveCount(count);
  // a claim the list has not rendered yet is focused from its highlight
  const late = claims[66]!;
  await page.locator(`.article-text mark[data-claim-id="${late.id}"]`).click();
  await expect(page.locator('.claim-item-button[aria-current="true"]')).toHaveAttribute("data-claim-id", late.id);
  await expect(page.getByTestId("research-form")).toContainText("Statement 066");
  // the rest of the list follows, in text order
  await expect(page.locator(".claim-item")).toHaveCount(count, { timeout: 20_000 });
  await expect(page.locator(".claim-item-quote").nth(count - 1)).toHaveText(`“Statement ${pad(count - 1)}”`);
  // the editor takes over with every highlight
  await expect(page.locator(".article-text.ProseMirror mark[data-claim-id]")).toHaveCount(count);
});

test("when the editor's code cannot load, the static text stays usable: deleting a claim redraws its highlights, and the form says the explanation editor is missing", async ({ checkerPage: page }) => {
  const text = "The agency said the station cost $100 billion.\n\nIt was first staffed in 2000, and the partners have met since 2018.";
  const { id } = await createArticle(page.request, text);
  const kept = await createClaim(page.request, id, "$100 billion");
  const gone = await createClaim(page.request, id, "in 2000");
  const last = await createClaim(page.request, id, "since 2018");

  // tiptap/ProseMirror's chunks fail to load (as after a deployment, or offline)
  await page.route("**/_next/static/chunks/*.js", async (route) => {
    const res = await route.fetch();
    const body = await res.text();
    if (body.includes("ProseMirror-hideselection")) await route.abort();
    else await route.fulfill({ response: res, body });
  });
  await page.goto(`/articles/${id}`);
  await page.waitForFunction(() => (window as unknown as { __factmarkHydrated?: boolean }).__factmarkHydrated === true);
  await page.locator(`.article-text mark[data-claim-id="${gone.id}"]`).click();
  const form = page.getByTestId("research-form");
  await expect(form).toContainText("in 2000");
  await expect(form.getByRole("alert")).toContainText("explanation editor could not be loaded");

  await form.getByRole("button", { name: "Delete claim" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Delete", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Claim deleted." })).toBeVisible();
  // the static text was rendered again in the browser: the other highlights, the same words
  await expect(page.locator(`.article-text mark[data-claim-id="${gone.id}"]`)).toHaveCount(0);
  await expect(page.locator(`.article-text mark[data-claim-id="${kept.id}"]`)).toHaveText("$100 billion");
  await expect(page.locator(`.article-text mark[data-claim-id="${last.id}"]`)).toHaveText("since 2018");
  await expect(page.getByTestId("article-text")).toHaveText(text.replace("\n\n", ""));
  await expect(page.locator(".article-text.ProseMirror")).toHaveCount(0);
});

test("the workspace reached by navigation, not loaded, draws its highlights in the browser", async ({ checkerPage: page }) => {
  const title = `Navigated ${randomUUID().slice(0, 8)}`;
  const { id } = await createArticle(page.request, "The station cost $100 billion and was first staffed in 2000.", title);
  const first = await createClaim(page.request, id, "$100 billion");
  const second = await createClaim(page.request, id, "in 2000");

  await page.goto(`/articles?q=${encodeURIComponent(title)}`);
  await page.waitForFunction(() => !!document.querySelector("a[href^='/articles/']"));
  await page.evaluate(() => ((window as unknown as { __sameDocument?: boolean }).__sameDocument = true));
  await page.getByRole("link", { name: title }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${id}$`));
  // a client-side navigation: the same document, so no server HTML for this article
  expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
  // drawn in the static text (before the editor, which takes over a second or more later)
  await expect(page.locator(`.article-static mark[data-claim-id="${first.id}"]`)).toHaveText("$100 billion");
  await expect(page.locator(`.article-static mark[data-claim-id="${second.id}"]`)).toHaveText("in 2000");
  await expect(page.locator(".article-text.ProseMirror mark[data-claim-id]")).toHaveCount(2);
});
