import { describe, expect, it } from "vitest";
import { canonicalizeUrl } from "@/lib/import/canonicalize-url";

describe("canonicalizeUrl", () => {
  it("makes the shared, tracked and bare forms of one article equal", () => {
    const canonical = "https://theprint.in/world/us-russian-space-chiefs/2707000";
    for (const variant of [
      "https://theprint.in/world/us-russian-space-chiefs/2707000/",
      "HTTPS://ThePrint.IN:443/world/us-russian-space-chiefs/2707000/#comments",
      "https://theprint.in/world/us-russian-space-chiefs/2707000/?utm_source=twitter&utm_medium=social&fbclid=abc",
      "https://theprint.in/world/us-russian-space-chiefs/2707000?gclid=x&ref=home",
    ]) expect(canonicalizeUrl(variant)).toBe(canonical);
  });

  it("keeps parameters that identify the page, sorted", () => {
    expect(canonicalizeUrl("https://example.com/story?page=2&id=7&utm_campaign=x")).toBe("https://example.com/story?id=7&page=2");
  });

  it("keeps what distinguishes pages: path case, scheme, non-default port", () => {
    expect(canonicalizeUrl("https://example.com/")).toBe("https://example.com");
    expect(canonicalizeUrl("https://example.com/A")).not.toBe(canonicalizeUrl("https://example.com/a"));
    expect(canonicalizeUrl("http://example.com:8080/a")).toBe("http://example.com:8080/a");
  });

  it("throws on something that is not a URL", () => {
    expect(() => canonicalizeUrl("not a url")).toThrow(TypeError);
  });
});
