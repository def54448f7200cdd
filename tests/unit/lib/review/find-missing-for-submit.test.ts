import { describe, expect, it } from "vitest";
import { findMissingForSubmit } from "@/lib/review/find-missing-for-submit";
import type { ClaimSnapshot } from "@/lib/review/claim-snapshot";

const source = { url: "https://www.nasa.gov/iss", title: "ISS facts", publisher: "NASA", quote: "", kind: "PRIMARY_DOCUMENT", accessedAt: "2025-08-01", archiveUrl: null };
const complete: ClaimSnapshot = {
  version: 3, statement: "The ISS is 25 years old", claimant: "Reuters", kind: "NUMBER_STATISTIC", exact: "25-year-old",
  verdict: { rating: { key: "mostly-true", label: "Mostly true" }, summary: "Crewed since 2000.", explanationText: "" },
  sources: [source],
};

describe("findMissingForSubmit", () => {
  it("accepts a complete claim", () => {
    expect(findMissingForSubmit(complete, 1)).toEqual({});
  });
  it("names every missing thing at once", () => {
    const missing = findMissingForSubmit({ ...complete, statement: "  ", verdict: null, sources: [] }, 1);
    expect(Object.keys(missing).sort()).toEqual(["sources", "statement", "verdict.rating", "verdict.summary"]);
  });
  it("treats a rating without summary as incomplete", () => {
    expect(Object.keys(findMissingForSubmit({ ...complete, verdict: { ...complete.verdict!, summary: "" } }, 1))).toEqual(["verdict.summary"]);
  });
  it("applies the newsroom's minimum number of sources", () => {
    expect(findMissingForSubmit(complete, 2)).toEqual({ sources: "needs at least 2 sources (has 1)" });
    expect(findMissingForSubmit({ ...complete, sources: [source, { ...source, url: "https://esa.int" }] }, 2)).toEqual({});
  });
});
