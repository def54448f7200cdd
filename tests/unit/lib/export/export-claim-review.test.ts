import { describe, expect, it } from "vitest";
import { toClaimReview } from "@/lib/export/export-claim-review";
import { buildFixture, fixtureContext } from "./fixture";

const a = buildFixture();
const doc = toClaimReview(a, fixtureContext);
const review = (claimId: string) => doc["@graph"].find((n) => String(n.url).endsWith(`#claim-${claimId}`)) as any;

describe("toClaimReview", () => {
  it("has one ClaimReview per approved, rated claim and none for drafts or claims in review", () => {
    expect(doc["@context"]).toBe("https://schema.org");
    const approvedRated = a.claims.filter((c) => c.status === "APPROVED" && c.verdict?.rating);
    expect(doc["@graph"].map((n) => n.url)).toEqual(approvedRated.map((c) => `${a.article.sourceUrl}#claim-${c.id}`));
    expect(JSON.stringify(doc)).not.toContain("<script>");
  });

  it("describes the $100 billion ISS claim with its rating on the scale", () => {
    const iss = review("cmclaim000000000000000001");
    expect(iss).toMatchObject({
      "@type": "ClaimReview",
      claimReviewed: "The ISS cost $100 billion",
      datePublished: "2025-08-03",
      author: { "@type": "Organization", name: "Example Fact Desk", url: "https://factdesk.example.org/" },
      reviewRating: { "@type": "Rating", alternateName: "Mostly true", ratingValue: 5, bestRating: 6, worstRating: 1 },
      itemReviewed: {
        "@type": "Claim",
        author: { "@type": "Organization", name: "Reuters" },
        datePublished: "2025-08-01",
        appearance: { "@type": "NewsArticle", url: a.article.sourceUrl, headline: a.article.title, author: { "@type": "Person", name: "Joey Roulette" } },
      },
    });
  });

  it("gives a rating without a value (Unverifiable) its name only, not a place on the scale", () => {
    const rating = review("cmclaim000000000000000004").reviewRating;
    expect(rating.alternateName).toBe("Unverifiable");
    expect(rating).not.toHaveProperty("ratingValue");
    expect(rating).not.toHaveProperty("bestRating");
  });

  it("types a person claimant as Person", () => {
    expect(review("cmclaim000000000000000002").itemReviewed.author).toEqual({ "@type": "Person", name: "Joey Roulette" });
  });

  it("uses the configured publication URL, with {articleId} filled in", () => {
    const ctx = { ...fixtureContext, publicationBaseUrl: "https://factdesk.example.org/checks/{articleId}" };
    expect(toClaimReview(a, ctx)["@graph"][0]?.url).toBe(
      `https://factdesk.example.org/checks/${a.article.id}#claim-cmclaim000000000000000004`,
    );
  });

  it("is an empty graph when nothing is approved", () => {
    expect(toClaimReview({ ...a, claims: a.claims.filter((c) => c.status !== "APPROVED") }, fixtureContext)["@graph"]).toEqual([]);
  });
});
