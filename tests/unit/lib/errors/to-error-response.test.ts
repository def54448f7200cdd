import { describe, expect, it, vi } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { toErrorResponse } from "@/lib/errors/to-error-response";

const prismaError = (code: string) => new Prisma.PrismaClientKnownRequestError("boom", { code, clientVersion: "7" });

describe("toErrorResponse for a busy database", () => {
  it("answers a transaction timeout (P2028) with 503 and Retry-After, not 500", async () => {
    const res = toErrorResponse(prismaError("P2028"));
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("1");
    expect(await res.json()).toMatchObject({ error: { code: "UNAVAILABLE", retryAfter: 1 } });
  });

  it("answers a write conflict (P2034) with 409 and Retry-After", async () => {
    const res = toErrorResponse(prismaError("P2034"));
    expect(res.status).toBe(409);
    expect(res.headers.get("retry-after")).toBe("1");
    expect(await res.json()).toMatchObject({ error: { code: "CONFLICT" } });
  });

  it("keeps other errors as they were: P2025 404 without Retry-After, unknown 500", async () => {
    const notFound = toErrorResponse(prismaError("P2025"));
    expect(notFound.status).toBe(404);
    expect(notFound.headers.get("retry-after")).toBeNull();
    const spy = vi.spyOn(console, "error").mockImplementation(() => undefined);
    expect(toErrorResponse(new Error("x")).status).toBe(500);
    spy.mockRestore();
  });
});
