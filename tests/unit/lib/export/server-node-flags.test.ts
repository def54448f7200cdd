import { describe, expect, it } from "vitest";
import { SERVER_V8_FLAGS, serverNodeFlags } from "../../../../scripts/lib/server-node-flags.mjs";

describe("serverNodeFlags (the V8 flags `npm start` and the benchmarks give next start)", () => {
  it("keeps the heap-growth flag on this Node", () => {
    expect(SERVER_V8_FLAGS).toContain("--heap-growing-percent=50");
    expect(serverNodeFlags()).toEqual(SERVER_V8_FLAGS);
  });

  it("leaves out a flag this Node would refuse instead of failing the start", () => {
    expect(serverNodeFlags(process.execPath, ["--no-such-v8-flag-factmark", "--heap-growing-percent=50"])).toEqual(["--heap-growing-percent=50"]);
  });
});
