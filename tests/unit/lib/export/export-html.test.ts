import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { toAnnotatedHtml } from "@/lib/export/export-html";
import { buildFixture, fixtureContext, HOSTILE } from "./fixture";

const a = buildFixture();
const html = toAnnotatedHtml(a, fixtureContext);
const { document } = parseHTML(html);

const marksOf = (id: string) => [...document.querySelectorAll("mark.claim")].filter((m) => (m.getAttribute("data-claim-ids") ?? "").split(" ").includes(id));

describe("toAnnotatedHtml", () => {
  it("contains no script, no event-handler attribute, no javascript: link and loads nothing", () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/href\s*=\s*["']?\s*javascript:/i); // shown as text only
    const all = [...document.querySelectorAll("*")];
    const attrs = all.flatMap((el) => [...el.attributes].map((attr) => attr.name.toLowerCase()));
    expect(attrs.filter((name) => name.startsWith("on"))).toEqual([]);
    expect(attrs).not.toContain("src");
    expect(document.querySelectorAll("link, iframe, img, object, embed, base").length).toBe(0);
    for (const link of document.querySelectorAll("a[href]")) expect(link.getAttribute("href")).toMatch(/^(https?:\/\/|#)/);
  });

  it("declares a strict Content-Security-Policy", () => {
    const csp = document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content");
    expect(csp).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    expect(document.querySelector("style")?.textContent).toContain("@media print");
  });

  it("highlights every claim exactly over its quote, including nested, overlapping and after an emoji", () => {
    for (const claim of a.claims) {
      const text = marksOf(claim.id).map((m) => m.textContent).join("");
      expect(text, claim.id).toBe(claim.selector.exact);
    }
    // "since 2018" lies inside the approved claim about the first meeting: both cover it.
    const nested = marksOf("cmclaim000000000000000003");
    expect(nested.map((m) => m.getAttribute("data-claim-ids"))).toEqual(["cmclaim000000000000000004 cmclaim000000000000000003"]);
  });

  it("footnotes each claim at #claim-<id> with verdict, summary, sources and a link from the text", () => {
    const note = document.getElementById("claim-cmclaim000000000000000001");
    expect(note?.textContent).toContain("Mostly true");
    expect(note?.textContent).toContain("closer to $150bn");
    expect(note?.querySelector('a[href="https://oig.nasa.gov/docs/IG-22-005.pdf"]')).not.toBeNull();
    expect(document.querySelectorAll('sup.ref a[href="#claim-cmclaim000000000000000001"]').length).toBe(1);
    expect(document.querySelectorAll("li.note").length).toBe(a.claims.length);
  });

  it("shows hostile strings as text: the statement, and a javascript: source without a link", () => {
    const draft = document.getElementById("claim-cmclaim000000000000000003");
    expect(draft?.textContent).toContain(HOSTILE.statement);
    const iss = document.getElementById("claim-cmclaim000000000000000001");
    const hostileSource = [...(iss?.querySelectorAll("ol.sources li") ?? [])].find((li) => li.textContent?.includes("Hostile link"));
    expect(hostileSource?.querySelector("a")).toBeNull();
    // the sanitized explanation keeps its safe link and drops the scripted parts
    const explanation = iss?.querySelector(".explanation");
    expect(explanation?.querySelector('a[href^="https://oig.nasa.gov"]')).not.toBeNull();
    expect(explanation?.innerHTML).not.toMatch(/onclick|onerror|iframe|relative/);
  });

  it("escapes the title and article text", () => {
    const hostile = buildFixture();
    hostile.article.title = '</title><script>alert("t")</script>';
    hostile.article.revision.text = "<b>bold</b> & <i>x</i>";
    hostile.claims = [];
    const { document: doc } = parseHTML(toAnnotatedHtml(hostile, fixtureContext));
    expect(doc.querySelector("h1")?.textContent).toBe(hostile.article.title);
    expect(doc.querySelector("article.text p")?.textContent).toBe("<b>bold</b> & <i>x</i>");
    expect(doc.querySelectorAll("script, b, i").length).toBe(0);
  });
});
