import { describe, expect, it } from "vitest";
import { cutQuote, summarizeClaim, SUMMARY_QUOTE_LENGTH } from "@/lib/claim/claim-summary";
import type { ClaimDto } from "@/lib/claim/claim.types";

describe("cutQuote", () => {
  it("keeps a short quote whole and says it is not truncated", () => {
    expect(cutQuote("$100 billion")).toEqual({ exact: "$100 billion", truncated: false });
    const exactly = "x".repeat(SUMMARY_QUOTE_LENGTH);
    expect(cutQuote(exactly)).toEqual({ exact: exactly, truncated: false });
  });

  it("cuts a long quote to the summary length", () => {
    const cut = cutQuote("y".repeat(500));
    expect(cut).toEqual({ exact: "y".repeat(SUMMARY_QUOTE_LENGTH), truncated: true });
  });

  it("counts characters as code points, so an emoji is never cut in half", () => {
    const text = "a".repeat(SUMMARY_QUOTE_LENGTH - 1) + "🚀 and more";
    const cut = cutQuote(text);
    expect(cut).toEqual({ exact: "a".repeat(SUMMARY_QUOTE_LENGTH - 1) + "🚀", truncated: true });
    // 140 emoji are 280 UTF-16 units but 140 characters: not truncated
    const emoji = "🚀".repeat(SUMMARY_QUOTE_LENGTH);
    expect(cutQuote(emoji)).toEqual({ exact: emoji, truncated: false });
    expect(cutQuote(emoji + "x")).toEqual({ exact: emoji, truncated: true });
  });
});

describe("summarizeClaim", () => {
  it("keeps what the list and highlights show and drops sources and the verdict's explanation", () => {
    const full = {
      id: "c1", articleId: "a1", revisionId: "r1", status: "IN_REVIEW", kind: "NUMBER_STATISTIC",
      selector: { exact: "$100 billion", prefix: "cost more than ", suffix: ", has", start: 10, end: 22 },
      anchor: { outcome: "MOVED", score: 0.9 }, statement: "The ISS cost $100 billion", claimant: "Reuters",
      assignee: { id: "u2", name: "Bob" }, version: 4,
      verdict: { rating: { key: "mostly-true", label: "Mostly true", value: 5, colour: "#0a0" }, summary: "s", explanation: { type: "doc" }, explanationText: "long" },
      sources: [{ id: "s1" }], counts: { comments: 2 }, createdBy: { id: "u1", name: "Ann" },
      createdAt: "", updatedAt: "", submittedAt: null, approvedAt: null, lastReview: null,
    } as unknown as ClaimDto;
    expect(summarizeClaim(full)).toEqual({
      id: "c1", status: "IN_REVIEW", kind: "NUMBER_STATISTIC",
      selector: { start: 10, end: 22, exact: "$100 billion", truncated: false },
      anchor: { outcome: "MOVED" }, statement: "The ISS cost $100 billion",
      assignee: { id: "u2", name: "Bob" }, rating: { label: "Mostly true", colour: "#0a0" }, version: 4,
    });
    expect(summarizeClaim({ ...full, verdict: null }).rating).toBeNull();
  });
});
