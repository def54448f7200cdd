import { describe, expect, it, vi } from "vitest";
import { extraServerNodeFlags, SERVER_V8_FLAGS, serverNodeFlags } from "../../../../scripts/lib/server-node-flags.mjs";

describe("serverNodeFlags (the V8 flags `npm start` and the benchmarks give next start)", () => {
  it("keeps the heap-growth flag on this Node", () => {
    expect(SERVER_V8_FLAGS).toContain("--heap-growing-percent=50");
    expect(serverNodeFlags()).toEqual(SERVER_V8_FLAGS);
  });

  it("leaves out a flag this Node would refuse instead of failing the start, and says so", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    expect(serverNodeFlags(process.execPath, ["--no-such-v8-flag-factmark", "--heap-growing-percent=50"])).toEqual(["--heap-growing-percent=50"]);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("--no-such-v8-flag-factmark"));
    warn.mockRestore();
  });

  it("adds the flags of FACTMARK_SERVER_NODE_FLAGS", () => {
    expect(extraServerNodeFlags({ FACTMARK_SERVER_NODE_FLAGS: " --v8-pool-size=1  --max-semi-space-size=4 " })).toEqual(["--v8-pool-size=1", "--max-semi-space-size=4"]);
    expect(extraServerNodeFlags({})).toEqual([]);
    vi.stubEnv("FACTMARK_SERVER_NODE_FLAGS", "--v8-pool-size=1");
    try {
      expect(serverNodeFlags()).toEqual([...SERVER_V8_FLAGS, "--v8-pool-size=1"]);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
