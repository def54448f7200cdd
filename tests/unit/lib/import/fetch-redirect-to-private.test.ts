/**
 * A public site that redirects to a private address must be refused at the redirect, before
 * any connection to the private address: whether the redirect names an IP literal or a host
 * name that resolves to one. The "public" site is a local server on 127.0.0.2 that this test
 * declares public (by mocking the address check for that one address); 127.0.0.1 and every
 * other private range keep their real verdict, and DNS is mocked so `news.example` answers
 * 127.0.0.2 and `intranet.example` answers 127.0.0.1.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/errors/app-error";

const PUBLIC_STAND_IN = "127.0.0.2";

vi.mock("@/lib/import/check-public-address", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/import/check-public-address")>();
  return { ...real, isPublicAddress: (a: string) => a === PUBLIC_STAND_IN || real.isPublicAddress(a) };
});

vi.mock("node:dns", async (importOriginal) => {
  const real = await importOriginal<typeof import("node:dns")>();
  const hosts: Record<string, string> = { "news.example": PUBLIC_STAND_IN, "intranet.example": "127.0.0.1" };
  const lookup = (hostname: string, options: unknown, callback: (e: Error | null, a: { address: string; family: number }[]) => void) => {
    const address = hosts[hostname];
    if (!address) return (real.lookup as unknown as (h: string, o: unknown, c: unknown) => void)(hostname, options, callback);
    callback(null, [{ address, family: 4 }]);
  };
  return { ...real, default: { ...real, lookup }, lookup };
});

const { fetchArticleUrl } = await import("@/lib/import/fetch-article-url");

describe("fetchArticleUrl: redirects from a public host to a private one", () => {
  let publicSite: Server;
  let privateSite: Server;
  let port: number;
  let privateHits = 0;

  beforeAll(async () => {
    privateSite = createServer((_req, res) => {
      privateHits++;
      res.writeHead(200, { "content-type": "text/html" }).end("<p>internal admin page</p>");
    });
    await new Promise<void>((r) => privateSite.listen(0, "127.0.0.1", r));
    port = (privateSite.address() as AddressInfo).port;
    publicSite = createServer((req, res) => {
      const to: Record<string, string> = {
        "/article": "",
        "/to-ip": `http://127.0.0.1:${port}/admin`,
        "/to-name": `http://intranet.example:${port}/admin`,
        "/to-metadata": "http://169.254.169.254/latest/meta-data/",
      };
      const location = to[req.url ?? ""];
      if (location === undefined) res.writeHead(404).end();
      else if (location === "") res.writeHead(200, { "content-type": "text/html" }).end("<p>public article</p>");
      else res.writeHead(302, { location }).end();
    });
    // the same port on the public stand-in address, so only the address differs between the two
    await new Promise<void>((r, j) => publicSite.once("error", j).listen(port, PUBLIC_STAND_IN, r));
  });
  afterAll(async () => {
    await new Promise<void>((r) => publicSite.close(() => r()));
    await new Promise<void>((r) => privateSite.close(() => r()));
  });

  it("fetches the public stand-in itself (the test's premise)", async () => {
    const page = await fetchArticleUrl(`http://news.example:${port}/article`);
    expect(page.content).toContain("public article");
  });

  it.each([
    ["an IP literal", "/to-ip", /private or reserved address \(127\.0\.0\.1\)/],
    ["a host name resolving to loopback", "/to-name", /intranet\.example resolves to a private or reserved address \(127\.0\.0\.1\)/],
    ["the cloud metadata address", "/to-metadata", /private or reserved address \(169\.254\.169\.254\)/],
  ])("refuses a redirect to %s without connecting to it", async (_label, path, reason) => {
    const e = await fetchArticleUrl(`http://news.example:${port}${path}`).then(() => null, (err: unknown) => err);
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe("INVALID_INPUT");
    expect((e as AppError).fields?.url).toMatch(reason);
    expect(privateHits).toBe(0);
  });
});
