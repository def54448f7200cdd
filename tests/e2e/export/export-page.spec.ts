import { copyFileSync, readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { test, expect } from "../fixtures";

const DEMO_TITLE = /^US, Russian space chiefs/;
const FORMATS = [
  { label: "JSON", ext: ".json" },
  { label: "W3C JSON-LD", ext: ".w3c.jsonld" },
  { label: "ClaimReview JSON-LD", ext: ".claimreview.jsonld" },
  { label: "HTML", ext: ".html" },
  { label: "CSV", ext: ".csv" },
] as const;

test.describe("Export page", () => {
  test("the exporter downloads each format of the demo article; the HTML opens offline with the claim highlighted", async ({ asRole, browser }) => {
    const { page } = await asRole("EXPORTER");
    await page.goto("/export");
    await expect(page.getByRole("heading", { name: "Export", level: 1 })).toBeVisible();
    const row = page.getByTestId("export-row").filter({ hasText: DEMO_TITLE });
    await expect(row).toHaveCount(1);
    await expect(row.getByRole("cell").first()).toHaveText("1"); // one approved claim
    await expect(page.getByText("Exports hold approved claims only.")).toBeVisible();

    const files: Record<string, string> = {};
    for (const f of FORMATS) {
      const [download] = await Promise.all([page.waitForEvent("download"), row.getByRole("link", { name: new RegExp(`^${f.label} of `) }).click()]);
      expect(download.suggestedFilename()).toMatch(new RegExp(`^factmark-us-russian-space-chiefs.*-r1${f.ext.replace(/\./g, "\\.")}$`));
      const path = await download.path();
      files[f.label] = path;
    }

    const native = JSON.parse(readFileSync(files.JSON!, "utf8"));
    expect(native.schema).toBe("factmark.annotated-article/1");
    expect(native.claims.map((c: { status: string }) => c.status)).toEqual(["APPROVED"]);
    expect(JSON.parse(readFileSync(files["W3C JSON-LD"]!, "utf8")).type).toBe("AnnotationCollection");
    expect(JSON.parse(readFileSync(files["ClaimReview JSON-LD"]!, "utf8"))["@graph"][0]["@type"]).toBe("ClaimReview");
    expect(readFileSync(files.CSV!, "utf8").split("\r\n").filter(Boolean)).toHaveLength(2); // header + one claim

    // open the saved HTML from disk, offline: the approved claim is highlighted and footnoted
    const offline = await browser.newContext({ offline: true });
    const htmlPage = await offline.newPage();
    const htmlPath = `${files.HTML!}.html`; // Playwright saves downloads without an extension
    copyFileSync(files.HTML!, htmlPath);
    await htmlPage.goto(pathToFileURL(htmlPath).href);
    const mark = htmlPage.locator("mark").first();
    await expect(mark).toBeVisible();
    await expect(mark).toContainText(native.claims[0].selector.exact.slice(0, 10));
    await expect(htmlPage.getByText(native.claims[0].verdict.rating.label).first()).toBeVisible();
    await offline.close();
  });

  test("the bulk NDJSON download shows progress and saves the file", async ({ asRole }) => {
    const { page } = await asRole("EXPORTER");
    await page.goto("/export");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download NDJSON" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^factmark-export-\d{4}-\d{2}-\d{2}\.ndjson$/);
    const lines = readFileSync(await download.path(), "utf8").split("\n").filter(Boolean);
    expect(lines.length).toBeGreaterThanOrEqual(1);
    for (const line of lines) expect(JSON.parse(line).claims.every((c: { status: string }) => c.status === "APPROVED")).toBe(true);
    await expect(page.getByTestId("bulk-progress-text")).toHaveText(new RegExp(`^Done: ${lines.length} of \\d+ articles`));
    await expect(page.getByRole("progressbar", { name: "Bulk export progress" })).toBeVisible();
  });

  test("an export token can curl the bulk stream; a read token cannot", async ({ asRole, playwright, baseURL }) => {
    const { context } = await asRole("EXPORTER");
    const make = async (scopes: string[]) =>
      ((await (await context.request.post("/api/v1/tokens", { data: { name: `e2e ${scopes}`, scopes } })).json()) as { token: string }).token;
    const api = await playwright.request.newContext({ baseURL });
    const ok = await api.get("/api/v1/export?format=ndjson", { headers: { authorization: `Bearer ${await make(["export"])}` } });
    expect(ok.status()).toBe(200);
    expect(ok.headers()["content-type"]).toMatch(/^application\/x-ndjson/);
    const denied = await api.get("/api/v1/export?format=ndjson", { headers: { authorization: `Bearer ${await make(["read"])}` } });
    expect(denied.status()).toBe(403);
    await api.dispose();
  });
});
