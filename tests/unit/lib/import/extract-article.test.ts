import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { normalizeText } from "@/lib/anchoring/normalize-text";
import { isAppError } from "@/lib/errors/app-error";
import { detectInputKind } from "@/lib/import/detect-input-kind";
import { extractArticle } from "@/lib/import/extract-article";

const pageText = readFileSync("prisma/demo/iss-roscosmos-article.txt", "utf8");
const pageHtml = readFileSync("tests/fixtures/import/iss-roscosmos-article.html", "utf8");
const CLUTTER = [
  "Support Our Journalism", "LEAVE A REPLY", "Please enter", "Subscribe to our channels", "Tags", "Most Popular",
  "Disclaimer", "Follow Us", "Text Size", "HomeWorld", "scorecardresearch", "Friday, August 1, 2025", "By Joey Roulette",
  "India needs fair", "paid subscription",
];

function expectReferenceText(text: string) {
  const paragraphs = text.split("\n\n");
  expect(paragraphs).toHaveLength(16);
  expect(paragraphs[0]).toMatch(/^WASHINGTON \(Reuters\) -NASA’s new temporary administrator on Thursday/);
  expect(paragraphs[7]).toBe("UKRAINE WAR ISOLATES RUSSIA");
  expect(paragraphs.at(-1)).toBe("(Reporting by Joey Roulette in Washington; Editing by Matthew Lewis, Anna Driver and Jamie Freed)");
  for (const clutter of CLUTTER) expect(text).not.toContain(clutter);
  expect(text).toContain("a 25-year-old totem");
  expect(text).toContain("Amity on the $100 billion ISS");
  expect(normalizeText(text)).toBe(text);
}

describe("extractArticle: the reference article as pasted page text", () => {
  const article = extractArticle({ kind: "text", content: pageText });

  it("keeps exactly the story's paragraphs, dateline first and credit line last, without clutter", () => {
    expectReferenceText(article.text);
    expect(article.sanitizedHtml).toBeUndefined();
  });

  it("reads the page's metadata", () => {
    expect(article).toMatchObject({
      title: "US, Russian space chiefs talk moon, ISS cooperation in rare Florida meeting",
      byline: "Joey Roulette",
      dateline: "WASHINGTON (Reuters)",
      publisher: "Reuters via ThePrint",
      publishedAt: "2025-08-01",
      language: "en",
      sourceUrl: null,
      warnings: [],
    });
  });

  it("gives the same result with Windows line endings and a URL", () => {
    const crlf = extractArticle({ kind: "text", content: pageText.replace(/\n/g, "\r\n"), url: "https://theprint.in/world/x/1/" });
    expect(crlf.text).toBe(article.text);
    expect(crlf.sourceUrl).toBe("https://theprint.in/world/x/1/");
  });
});

describe("extractArticle: the reference article as a hostile news page (HTML)", () => {
  const fromText = extractArticle({ kind: "text", content: pageText });
  const article = extractArticle({ kind: "html", content: pageHtml });

  it("extracts the same canonical text as the pasted page text", () => {
    expect(article.text).toBe(fromText.text);
    expectReferenceText(article.text);
  });

  it("reads metadata from meta tags, JSON-LD and the story", () => {
    expect(article).toMatchObject({
      title: fromText.title,
      byline: "Joey Roulette",
      dateline: "WASHINGTON (Reuters)",
      publisher: "Reuters via ThePrint",
      publishedAt: "2025-08-01",
      language: "en",
      sourceUrl: "https://theprint.in/world/us-russian-space-chiefs-talk-moon-iss-cooperation-in-rare-florida-meeting/2707000/",
    });
  });

  it("keeps text structure and safe links in the sanitized HTML, and nothing of the page around the story", () => {
    const html = article.sanitizedHtml ?? "";
    expect(html).toContain("<h2>UKRAINE WAR ISOLATES RUSSIA</h2>");
    expect(html).toContain("<strong>$100 billion</strong>");
    expect(html).toContain('<a href="https://t.me/roscosmos" rel="nofollow noopener noreferrer">Telegram</a>');
    for (const bad of ["<script", "javascript:", "onerror", "onclick", "<iframe", "style=", "expression(", "LEAVE A REPLY", "Most Popular", "Disclaimer"]) {
      expect(html).not.toContain(bad);
    }
  });
});

describe("extractArticle: markdown", () => {
  const md = [
    "# Moon talks resume",
    "",
    "By Jane Doe",
    "",
    "NASA and Roscosmos **met** on Thursday, the first such meeting since 2018, [officials said](https://nasa.gov/x).",
    "",
    "- first point",
    "- second point",
    "",
    '<script>alert(1)</script><a href="javascript:alert(1)">click</a>',
  ].join("\n");
  const article = extractArticle({ kind: "markdown", content: md });

  it("uses the first heading as title and keeps paragraphs and list items", () => {
    expect(article.title).toBe("Moon talks resume");
    expect(article.byline).toBe("Jane Doe");
    expect(article.text).toBe(
      "NASA and Roscosmos met on Thursday, the first such meeting since 2018, officials said.\n\nfirst point\n\nsecond point\n\nclick",
    );
    expect(article.sanitizedHtml).toContain('<a href="https://nasa.gov/x" rel="nofollow noopener noreferrer">officials said</a>');
    expect(article.sanitizedHtml).not.toMatch(/<script|javascript:/);
  });
});

describe("extractArticle: input hygiene", () => {
  it("removes NUL and control characters but keeps newlines and the text around them", () => {
    const article = extractArticle({ kind: "text", content: "Head\u0000line here now\n\nThe ISS\u0007 cost $100\u001b billion, officials said on Thursday in Washington.\u007f" });
    expect(article.title).toBe("Headline here now");
    expect(article.text).toBe("The ISS cost $100 billion, officials said on Thursday in Washington.");
  });

  it("refuses content over 2 MB with INVALID_INPUT naming the field", () => {
    const big = "a".repeat(2 * 1024 * 1024 + 1);
    try {
      extractArticle({ kind: "text", content: big });
      expect.unreachable();
    } catch (e) {
      expect(isAppError(e) && e.code === "INVALID_INPUT" && e.fields?.content).toMatch(/2 MB/);
    }
  });

  it("counts bytes, not characters, against the cap", () => {
    const emoji = "🚀".repeat(600_000); // 1.2 M UTF-16 units but 2.4 MB of UTF-8
    expect(() => extractArticle({ kind: "text", content: emoji })).toThrow(/too large/);
  });

  it("refuses empty content", () => {
    expect(() => extractArticle({ kind: "text", content: " \n\u0000 " })).toThrow(/Nothing to import/);
  });

  it("falls back to the file name for a title and says when no title was found", () => {
    const body = "The station has been crewed continuously since November 2000, NASA said on Thursday.";
    expect(extractArticle({ kind: "text", content: body, filename: "iss-crew_history.txt" }).title).toBe("iss crew history");
    expect(extractArticle({ kind: "text", content: body }).warnings).toContain("No title found: enter one before saving");
  });
});

describe("detectInputKind", () => {
  it("trusts the file extension", () => {
    expect(detectInputKind("<p>x</p>", "a.txt")).toBe("text");
    expect(detectInputKind("plain", "page.HTM")).toBe("html");
    expect(detectInputKind("plain", "notes.md")).toBe("markdown");
  });

  it("sniffs pasted content", () => {
    expect(detectInputKind(pageHtml)).toBe("html");
    expect(detectInputKind(pageText)).toBe("text");
    expect(detectInputKind("<p>One</p><p>Two</p>")).toBe("html");
    expect(detectInputKind("# Title\n\nSome **bold** text")).toBe("markdown");
    expect(detectInputKind("Revenue rose 5% <3 times> a year")).toBe("text");
  });
});
