import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { test, expect } from "../fixtures";

// The reference article saved as a hostile news page (scripts, onerror images, iframes, clutter),
// served by a local web server. Local addresses are refused unless an admin allows them
// (`allowPrivateUrlImport`, meant for newsroom intranets): the test shows the refusal first,
// then imports through the browser with the setting on, and always switches it back off.
const FIXTURE = path.join(__dirname, "..", "..", "fixtures", "import", "iss-roscosmos-article.html");

test("a fact-checker imports an article from a URL: private addresses refused by default, the page cleaned when allowed", async ({ checkerPage: page, asRole }) => {
  const fired: string[] = [];
  page.on("dialog", (d) => {
    fired.push(d.message());
    void d.dismiss();
  });
  const stamp = String(Date.now());
  const html = readFileSync(FIXTURE, "utf8").replace(/2707000/g, stamp);
  let served = 0;
  const server: Server = createServer((req, res) => {
    served++;
    if (req.url === `/world/${stamp}/iss`) res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html);
    else res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/world/${stamp}/iss`;
  const admin = await asRole("ADMIN");
  try {
    await page.goto("/articles/new");
    await page.getByRole("radio", { name: "From a URL" }).check();
    await page.getByLabel("Article URL (http or https)").fill(url);
    await page.getByRole("button", { name: "Preview" }).click();
    await expect(page.getByRole("status")).toContainText("private or reserved address (127.0.0.1)");
    expect(served).toBe(0); // refused before connecting

    const on = await admin.page.request.put("/api/v1/settings", { data: { allowPrivateUrlImport: true } });
    expect(on.status()).toBe(200);
    await page.getByRole("button", { name: "Preview" }).click();
    const extracted = page.getByTestId("import-text");
    await expect(extracted).toContainText("WASHINGTON (Reuters) -NASA’s new temporary administrator");
    await expect(extracted).toContainText("the $100 billion ISS");
    for (const clutter of ["LEAVE A REPLY", "Support Our Journalism", "Subscribe to our channels", "Most Popular"]) {
      await expect(extracted).not.toContainText(clutter);
    }
    await expect(page.getByLabel("Title", { exact: true })).toHaveValue("US, Russian space chiefs talk moon, ISS cooperation in rare Florida meeting");
    expect(served).toBe(1);
    await page.getByRole("button", { name: "Save article" }).click();

    await expect(page).toHaveURL(/\/articles\/(?!new$)[^/?]+$/, { timeout: 20_000 });
    const text = page.getByTestId("article-text");
    await expect(text).toContainText("a 25-year-old totem of scientific diplomacy");
    await expect(text).not.toContainText("alert(1)");
    expect(await page.locator("[data-testid=article-text] script, [data-testid=article-text] iframe, [data-testid=article-text] img").count()).toBe(0);
    expect(fired).toEqual([]);
  } finally {
    await admin.page.request.put("/api/v1/settings", { data: { allowPrivateUrlImport: false } });
    await new Promise<void>((r) => server.close(() => r()));
  }
});
