import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { extractArticle } from "@/lib/import/extract-article";
import { sanitizeArticleHtml } from "@/lib/import/sanitize-article-html";

const PROSE = "The agency said the station would be retired in 2030 after a quarter century of continuous operation in orbit.";
const HOSTILE = `
  <script>alert(1)</script><SCRIPT SRC=//evil.example/x.js></SCRIPT>
  <p onclick="alert(2)" style="color:red">${PROSE}</p>
  <img src=x onerror="alert(3)"><svg onload=alert(4)><circle /></svg>
  <iframe src="https://evil.example" srcdoc="<script>alert(5)</script>"></iframe>
  <object data="x.swf"></object><embed src="x.swf"><form action="/steal"><input name=a></form>
  <a href="javascript:alert(6)">one</a> <a href="JaVaScRiPt&#58;alert(7)">two</a> <a href="  java&#x09;script:alert(8)">three</a>
  <a href="data:text/html,<script>alert(9)</script>">four</a> <a href="vbscript:msgbox(1)">five</a>
  <p><a href="https://example.com/ok" onmouseover="alert(10)" target="_blank">safe link</a> and <a href="mailto:desk@example.com">mail</a></p>
  <div style="width: expression(alert(11)); background:url(javascript:alert(12))">${PROSE}</div>
  <style>p { behavior: url(x.htc); width: expression(alert(13)) }</style>
  <math><mtext><table><mglyph><style><img src=x onerror=alert(14)></style></mglyph></table></mtext></math>
  <noscript><p title="</noscript><img src=x onerror=alert(15)>"></p></noscript>
  <blockquote><p>${PROSE}</p></blockquote><h2>Sub <em>heading</em></h2><ul><li>Item</li></ul>`;

function expectInert(html: string) {
  for (const pattern of [/<script/i, /\bon\w+\s*=/i, /javascript:/i, /vbscript:/i, /data:/i, /<iframe/i, /style=/i, /expression\(/i, /<svg/i, /<img/i]) {
    expect(html).not.toMatch(pattern);
  }
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const all = Array.from(document.body.querySelectorAll("*"));
  const allowed = new Set(["P", "H1", "H2", "H3", "H4", "H5", "H6", "BLOCKQUOTE", "UL", "OL", "LI", "A", "EM", "STRONG", "B", "I", "BR", "FIGURE", "FIGCAPTION"]);
  for (const el of all) {
    expect(allowed.has(el.tagName), el.tagName).toBe(true);
    for (const attr of Array.from(el.attributes)) {
      expect(["href", "rel"]).toContain(attr.name);
      if (attr.name === "href") expect(attr.value).toMatch(/^(https?:|mailto:)/);
    }
  }
  return all;
}

describe("sanitizeArticleHtml", () => {
  it("leaves nothing executable: no script, handler, style, iframe or non-http(s) link, as text or as DOM", () => {
    const html = sanitizeArticleHtml(HOSTILE);
    const elements = expectInert(html);
    expect(elements.length).toBeGreaterThan(5);
    expect(html).toContain('<a href="https://example.com/ok" rel="nofollow noopener noreferrer">safe link</a>');
    expect(html).toContain('<a href="mailto:desk@example.com" rel="nofollow noopener noreferrer">mail</a>');
    expect(html).toContain("<h2>Sub <em>heading</em></h2>");
  });

  it("resolves relative links against the page and drops them when there is no page", () => {
    expect(sanitizeArticleHtml('<p><a href="/world/x">x</a></p>', "https://theprint.in/a/b")).toContain('href="https://theprint.in/world/x"');
    expect(sanitizeArticleHtml('<p><a href="/world/x">x</a></p>')).not.toContain("href");
  });
});

describe("extractArticle on hostile HTML", () => {
  it("stores inert HTML and text without the payloads", () => {
    const article = extractArticle({ kind: "html", content: `<html><head><title>Hostile</title></head><body><article>${HOSTILE}</article></body></html>` });
    expectInert(article.sanitizedHtml ?? "");
    expect(article.text).toContain(PROSE);
    expect(article.text).not.toMatch(/alert\(/);
  });
});
