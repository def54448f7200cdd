import { describe, expect, it } from "vitest";
import { diffAuditValues } from "@/lib/audit/diff-audit-values";

describe("diffAuditValues", () => {
  it("lists only the keys whose values changed", () => {
    const d = diffAuditValues({ status: "IN_REVIEW", version: 3 }, { status: "APPROVED", version: 4, note: "ok" });
    expect(d.map((c) => c.key)).toEqual(["status", "version", "note"]);
    expect(d[0]).toMatchObject({ before: "IN_REVIEW", after: "APPROVED" });
  });
  it("treats a creation as every key added and a deletion as every key removed", () => {
    expect(diffAuditValues(null, { exact: "25-year-old" })[0]).toMatchObject({ before: "", after: "25-year-old" });
    expect(diffAuditValues({ exact: "x" }, null)[0]).toMatchObject({ before: "x", after: "" });
  });
  it("diffs text word by word and shows nested values as JSON", () => {
    const [st] = diffAuditValues({ statement: "The ISS is 25 years old" }, { statement: "The ISS is 27 years old" });
    expect(st!.parts.filter((p) => p.added).map((p) => p.value)).toEqual(["27"]);
    const [v] = diffAuditValues({ verdict: { rating: "true" } }, { verdict: { rating: "false" } });
    expect(v!.after).toContain('"false"');
  });
  it("reports nothing when nothing changed", () => {
    expect(diffAuditValues({ a: 1, b: [1, 2] }, { a: 1, b: [1, 2] })).toEqual([]);
  });
});
