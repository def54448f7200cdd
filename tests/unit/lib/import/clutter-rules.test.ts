import { describe, expect, it } from "vitest";
import { extractArticle } from "@/lib/import/extract-article";
import { parseDateLine } from "@/lib/import/parse-date-line";

// A page from a different (made-up) site with the same kinds of clutter, worded differently:
// the rules must not be tuned to the reference file only.
const OTHER_PAGE = `comscore
Updated: 3 March 2024, 10:15 IST
Home › Science › Mars rover finds organic molecules in ancient lakebed

Mars rover finds organic molecules in ancient lakebed

Share this article
Font size: A- A+

By Priya Nair and Tom Ellis
PASADENA, Calif. (AP) — NASA's Curiosity rover has found a new set of organic molecules in rocks drilled from an ancient lakebed, scientists said on Tuesday.
Advertisement
The finding does not prove life existed on Mars, but it widens the range of chemistry known there, the team said in a statement.

Also read: Europe's Mars orbiter spots water ice

"This is the most complex set we have seen," said lead author Caroline Freissinet.

(This story has not been edited by Example Daily staff and is auto-generated from a syndicated feed.)

Support Independent Journalism
Quality reporting costs money. Subscribe today and support our newsroom.
Tags: Mars, NASA, Curiosity
Leave a comment
You have entered an incorrect email address!
Trending Now
Some other story`;

describe("clutter rules on a similar page from another site", () => {
  const article = extractArticle({ kind: "text", content: OTHER_PAGE });

  it("keeps only the story", () => {
    expect(article.text.split("\n\n")).toEqual([
      "PASADENA, Calif. (AP) — NASA's Curiosity rover has found a new set of organic molecules in rocks drilled from an ancient lakebed, scientists said on Tuesday.",
      "The finding does not prove life existed on Mars, but it widens the range of chemistry known there, the team said in a statement.",
      "\"This is the most complex set we have seen,\" said lead author Caroline Freissinet.",
    ]);
  });

  it("reads its metadata", () => {
    expect(article).toMatchObject({
      title: "Mars rover finds organic molecules in ancient lakebed",
      byline: "Priya Nair and Tom Ellis",
      dateline: "PASADENA, Calif. (AP)",
      publisher: "AP via Example Daily",
      publishedAt: "2024-03-03",
      language: "en",
    });
  });

  it("does not mistake prose for clutter", () => {
    const prose = "Tags are added by editors to every story.\n\nSupport for the mission has grown in Congress, said senator Jane Roe on Tuesday in Washington.";
    expect(extractArticle({ kind: "text", content: `A headline here\n\n${prose}` }).text).toBe(prose);
  });
});

describe("parseDateLine", () => {
  it.each([
    ["Friday, August 1, 2025", "2025-08-01"],
    ["Aug. 1, 2025", "2025-08-01"],
    ["1st August 2025", "2025-08-01"],
    ["Published on: 2025-08-01T10:00:00Z", "2025-08-01"],
    ["February 30, 2025", null],
    ["The meeting on August 1, 2025 was rare.", null],
  ])("%s → %s", (line, iso) => expect(parseDateLine(line)).toBe(iso));
});
