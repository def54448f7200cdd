import { describe, expect, it } from "vitest";
import { renderedRanges } from "@/components/claim/claim-list";

describe("renderedRanges (which claims the list renders while it fills in)", () => {
  it("renders the first items only when nothing beyond them is focused", () => {
    expect(renderedRanges(1000, 50, -1)).toEqual([[0, 50]]);
    expect(renderedRanges(1000, 50, 10)).toEqual([[0, 50]]);
    expect(renderedRanges(30, 50, -1)).toEqual([[0, 30]]);
  });

  it("adds the focused claim with its neighbours when the list has not reached it", () => {
    expect(renderedRanges(1000, 50, 999)).toEqual([[0, 50], [989, 1000]]);
    expect(renderedRanges(1000, 150, 500)).toEqual([[0, 150], [490, 511]]);
  });

  it("joins the two when the neighbourhood touches the first items", () => {
    expect(renderedRanges(1000, 50, 55)).toEqual([[0, 66]]);
    expect(renderedRanges(1000, 50, 60)).toEqual([[0, 71]]);
  });
});
