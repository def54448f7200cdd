import { describe, expect, it } from "vitest";
import { diffClaimSnapshots } from "@/lib/review/diff-claim-snapshots";
import { readClaimSnapshot, type ClaimSnapshot } from "@/lib/review/claim-snapshot";

const src = (url: string, title = "T") => ({ url, title, publisher: "", quote: "", kind: "DATASET", accessedAt: "2025-08-01", archiveUrl: null });
const approved: ClaimSnapshot = {
  version: 4, statement: "The ISS is 25 years old", claimant: "Reuters", kind: "NUMBER_STATISTIC", exact: "25-year-old",
  verdict: { rating: { key: "true", label: "True" }, summary: "Crewed since November 2000.", explanationText: "" },
  sources: [src("https://a.example"), src("https://b.example")],
};

describe("diffClaimSnapshots", () => {
  it("reports nothing for identical versions", () => {
    expect(diffClaimSnapshots(approved, structuredClone(approved))).toEqual([]);
  });

  it("lists only changed fields, with a word-level diff", () => {
    const proposed = { ...approved, statement: "The ISS is 27 years old", verdict: { ...approved.verdict!, rating: { key: "mostly-true", label: "Mostly true" } } };
    const d = diffClaimSnapshots(approved, proposed);
    expect(d.map((x) => x.field)).toEqual(["statement", "verdict.rating"]);
    const st = d[0]!;
    expect(st.parts.filter((p) => p.removed).map((p) => p.value.trim())).toEqual(["25"]);
    expect(st.parts.filter((p) => p.added).map((p) => p.value.trim())).toEqual(["27"]);
    expect(st.parts.filter((p) => !p.added && !p.removed).map((p) => p.value).join("")).toContain("years old");
  });

  it("matches sources by URL: reordering is no change, adding and removing are", () => {
    expect(diffClaimSnapshots(approved, { ...approved, sources: [...approved.sources].reverse() })).toEqual([]);
    const d = diffClaimSnapshots(approved, { ...approved, sources: [src("https://b.example"), src("https://c.example", "New")] });
    const byField = Object.fromEntries(d.map((x) => [x.field, x]));
    expect(byField["sources[https://a.example]"]?.after).toBe("");
    expect(byField["sources[https://c.example]"]?.before).toBe("");
    expect(byField["sources[https://c.example]"]?.label).toBe("Source: New");
  });

  it("reads the seed's flat snapshot shape", () => {
    const old = readClaimSnapshot({ statement: "S", claimant: "", kind: "OTHER", rating: "true", summary: "ok", sources: ["https://a.example"] });
    expect(old?.verdict?.rating?.key).toBe("true");
    expect(old?.sources[0]?.url).toBe("https://a.example");
    expect(readClaimSnapshot(null)).toBeNull();
  });
});
