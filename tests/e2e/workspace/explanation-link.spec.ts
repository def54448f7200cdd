import { test, expect, createArticle } from "../fixtures";
import { createClaim } from "./helpers";

type LinkMark = { type: string; attrs?: { href?: string } };
type Inline = { type: string; text?: string; marks?: LinkMark[] };

/** The explanation's text runs that carry a link, as [text, href]. */
async function savedLinks(request: import("@playwright/test").APIRequestContext, claimId: string): Promise<[string, string][]> {
  const res = await request.get(`/api/v1/claims/${claimId}`);
  const claim = (await res.json()) as { verdict: { explanation: { content?: { content?: Inline[] }[] } | null } | null };
  const runs = claim.verdict?.explanation?.content?.flatMap((p) => p.content ?? []) ?? [];
  return runs.flatMap((r) => r.marks?.filter((m) => m.type === "link").map((m): [string, string] => [r.text ?? "", m.attrs?.href ?? ""]) ?? []);
}

test("the explanation's link control: an inline address field that refuses non-http links, applies to the selection, and can be removed", async ({ checkerPage: page }) => {
  const { id } = await createArticle(page.request, "The $100 billion ISS will be retired in 2030.");
  const claim = await createClaim(page.request, id, "$100 billion");
  await page.goto(`/articles/${id}`);
  await page.getByRole("list", { name: "Claims in text order" }).getByRole("button").first().click();

  const explanation = page.getByRole("textbox", { name: "Explanation" });
  await explanation.click();
  await page.keyboard.type("NASA audit puts the cost at 150 billion");
  // select the word "audit" with the keyboard: caret after "audit", then shift+ctrl+left
  await page.keyboard.press("Home");
  for (let i = 0; i < "NASA audit".length; i++) await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Shift+Control+ArrowLeft");

  const toolbar = page.getByRole("toolbar", { name: "Explanation formatting" });
  await toolbar.getByRole("button", { name: "Link" }).click();
  const address = page.getByRole("textbox", { name: "Link address" });
  await expect(address).toBeFocused();
  await address.fill("javascript:alert(1)");
  await address.press("Enter");
  await expect(page.getByRole("alert").filter({ hasText: "Only http:// and https:// links are allowed." })).toBeVisible();
  await expect(address).toHaveAttribute("aria-invalid", "true");

  // Escape closes the field without linking anything and returns focus to the Link button
  await address.press("Escape");
  await expect(address).toHaveCount(0);
  await expect(toolbar.getByRole("button", { name: "Link" })).toBeFocused();

  await toolbar.getByRole("button", { name: "Link" }).click();
  await page.getByRole("textbox", { name: "Link address" }).fill("https://oig.nasa.gov/audits/");
  await page.getByRole("button", { name: "Apply link" }).click();
  await expect(explanation.getByRole("link", { name: "audit" })).toHaveAttribute("href", "https://oig.nasa.gov/audits/");
  await expect.poll(() => savedLinks(page.request, claim.id), { timeout: 10_000 }).toEqual([["audit", "https://oig.nasa.gov/audits/"]]);

  // with the caret inside the link, the button removes it
  await explanation.getByRole("link", { name: "audit" }).click();
  await toolbar.getByRole("button", { name: "Remove link" }).click();
  await expect(explanation.getByRole("link")).toHaveCount(0);
  await expect.poll(() => savedLinks(page.request, claim.id), { timeout: 10_000 }).toEqual([]);
});
