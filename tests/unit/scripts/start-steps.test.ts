import { describe, expect, it } from "vitest";
import { resolveNextAuthUrl } from "../../../scripts/lib/start-steps.mjs";

describe("resolveNextAuthUrl (the public URL `npm start` gives the server)", () => {
  it("keeps the operator's NEXTAUTH_URL", () => {
    expect(resolveNextAuthUrl({ NEXTAUTH_URL: "https://factmark.newsroom.org" }, "3050")).toBe("https://factmark.newsroom.org");
  });

  it("else uses the port the server listens on, not next-auth's guess of port 3000", () => {
    expect(resolveNextAuthUrl({}, "3050")).toBe("http://localhost:3050");
    expect(resolveNextAuthUrl({ NEXTAUTH_URL: "" }, "3000")).toBe("http://localhost:3000");
  });
});
