import { describe, expect, it } from "vitest";
import { bulkExportFilename, contentDisposition, exportFilename, slugifyTitle } from "@/lib/export/export-filename";
import { buildFixture } from "./fixture";

describe("exportFilename", () => {
  it("names the file after the title slug and revision, per format", () => {
    const a = buildFixture();
    expect(exportFilename(a, "json")).toBe("factmark-us-russian-space-chiefs-talk-moon-iss-cooperation-in-rare-r2.json");
    expect(exportFilename(a, "w3c")).toMatch(/-r2\.w3c\.jsonld$/);
    expect(exportFilename(a, "csv")).toMatch(/^[\x21-\x7e]+$/);
  });

  it("folds accents, drops other scripts and never returns an empty slug", () => {
    expect(slugifyTitle("Économie: «ça» coûte 100 €!")).toBe("economie-ca-coute-100");
    expect(slugifyTitle("Путин 🚀")).toBe("article");
  });
});

describe("contentDisposition", () => {
  it("gives an ASCII filename and an RFC 8187 filename* for the exact name", () => {
    expect(contentDisposition("factmark-a-r1.csv")).toBe(`attachment; filename="factmark-a-r1.csv"; filename*=UTF-8''factmark-a-r1.csv`);
    expect(contentDisposition('rés "x".html')).toBe(`attachment; filename="re_s _x_.html"; filename*=UTF-8''r%C3%A9s%20%22x%22.html`);
  });
});

describe("bulkExportFilename", () => {
  it("names a bulk export by its UTC date", () => {
    expect(bulkExportFilename(new Date("2025-08-04T23:30:00-02:00"))).toBe("factmark-export-2025-08-05.ndjson");
  });
});
