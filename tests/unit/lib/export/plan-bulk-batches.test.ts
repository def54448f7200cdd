import { describe, expect, it } from "vitest";
import { planBulkBatches } from "@/lib/export/plan-bulk-batches";

const heads = (...counts: number[]) => counts.map((claimCount, i) => ({ id: `a${i}`, claimCount }));
const ids = (batches: { id: string }[][]) => batches.map((b) => b.map((a) => a.id));

describe("planBulkBatches", () => {
  it("cuts a page into batches of at most the claim budget, keeping id order", () => {
    expect(ids(planBulkBatches(heads(10, 10, 10, 10, 10), 20))).toEqual([["a0", "a1"], ["a2", "a3"], ["a4"]]);
  });

  it("gives an article above the budget a batch of its own and never splits it", () => {
    expect(ids(planBulkBatches(heads(3, 1000, 3, 3), 10))).toEqual([["a0"], ["a1"], ["a2", "a3"]]);
  });

  it("batches articles without exported claims together (they cost one revision row each)", () => {
    expect(ids(planBulkBatches(heads(0, 0, 0, 5), 4))).toEqual([["a0", "a1", "a2"], ["a3"]]);
  });

  it("caps the articles per batch too (articles with few claims still carry their text)", () => {
    expect(ids(planBulkBatches(heads(0, 0, 0, 0, 1), 100, 2))).toEqual([["a0", "a1"], ["a2", "a3"], ["a4"]]);
  });

  it("returns no batch for an empty page", () => {
    expect(planBulkBatches([], 10)).toEqual([]);
  });
});
