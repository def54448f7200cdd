import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import { fetchArticleUrl } from "@/lib/import/fetch-article-url";

async function failure(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(() => null, (err: unknown) => err);
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
}

describe("fetchArticleUrl refuses without connecting", () => {
  it.each([
    ["ftp://example.com/a", /http:\/\/ or https:\/\//],
    ["file:///etc/passwd", /http:\/\/ or https:\/\//],
    ["javascript:alert(1)", /http:\/\/ or https:\/\//],
    ["not a url", /not a valid URL/],
    ["https://user:pw@example.com/", /user name or password/],
    ["http://127.0.0.1/", /private or reserved address \(127\.0\.0\.1\)/],
    ["http://0x7f000001/", /private or reserved/],
    ["http://0.0.0.0:3000/", /private or reserved/],
    ["http://10.0.0.8/", /private or reserved/],
    ["http://192.168.1.1/", /private or reserved/],
    ["http://169.254.169.254/latest/meta-data/", /private or reserved/],
    ["http://[::1]/", /private or reserved/],
    ["http://[::ffff:127.0.0.1]/", /private or reserved/],
    ["http://[::ffff:8.8.8.8]/", /private or reserved/],
    ["http://[fd12:3456::1]/", /private or reserved/],
    ["http://[fe80::1]/", /private or reserved/],
    ["http://224.0.0.1/", /private or reserved/],
  ])("%s", async (url, reason) => {
    const e = await failure(fetchArticleUrl(url));
    expect(e.code).toBe("INVALID_INPUT");
    expect(e.fields?.url).toMatch(reason);
  });

  it("refuses a host name that resolves to loopback (checked in the DNS lookup used to connect)", async () => {
    const e = await failure(fetchArticleUrl("http://localhost:9/"));
    expect(e.code).toBe("INVALID_INPUT");
    expect(e.fields?.url).toMatch(/localhost resolves to a private or reserved address/);
  });
});

describe("fetchArticleUrl against a local server (allowPrivate)", () => {
  let server: Server;
  let base: string;
  const page = "<!doctype html><html><head><meta charset=\"windows-1252\"></head><body><p>caf\u00e9</p></body></html>";

  beforeAll(async () => {
    server = createServer((req, res) => {
      const u = new URL(req.url ?? "/", "http://x");
      const n = Number(u.searchParams.get("n") ?? 0);
      if (u.pathname === "/page") res.writeHead(200, { "content-type": "text/html" }).end(Buffer.from(page, "latin1"));
      else if (u.pathname === "/hop") res.writeHead(302, { location: n > 0 ? `/hop?n=${n - 1}` : "/page" }).end();
      else if (u.pathname === "/to-ftp") res.writeHead(302, { location: "ftp://example.com/" }).end();
      else if (u.pathname === "/big") {
        res.writeHead(200, { "content-type": "text/plain" }); // no content-length: streamed
        for (let i = 0; i < 20; i++) res.write("x".repeat(10_000));
        res.end();
      } else if (u.pathname === "/bomb") res.writeHead(200, { "content-type": "text/plain", "content-encoding": "gzip" }).end(gzipSync("y".repeat(1_000_000)));
      else if (u.pathname === "/md") res.writeHead(200, { "content-type": "text/markdown; charset=utf-8" }).end("# Hi\n\nthere 🚀");
      else if (u.pathname === "/pdf") res.writeHead(200, { "content-type": "application/pdf" }).end("%PDF");
      else if (u.pathname === "/slow") setTimeout(() => res.writeHead(200, { "content-type": "text/plain" }).end("late"), 2_000);
      else res.writeHead(404).end();
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it("fetches and decodes a page in its declared charset", async () => {
    const got = await fetchArticleUrl(`${base}/page`, { allowPrivate: true });
    expect(got).toMatchObject({ url: `${base}/page`, kind: "html" });
    expect(got.content).toContain("<p>café</p>");
  });

  it("follows up to 5 redirects and reports the final URL", async () => {
    const got = await fetchArticleUrl(`${base}/hop?n=3`, { allowPrivate: true });
    expect(got.url).toBe(`${base}/page`);
  });

  it("stops after 5 redirects", async () => {
    const e = await failure(fetchArticleUrl(`${base}/hop?n=5`, { allowPrivate: true }));
    expect(e.fields?.url).toMatch(/more than 5 redirects/);
  });

  it("re-checks every redirect target before following it", async () => {
    expect((await failure(fetchArticleUrl(`${base}/to-ftp`, { allowPrivate: true }))).fields?.url).toMatch(/http:\/\/ or https/);
  });

  it("caps the size while streaming, including after decompression", async () => {
    const big = await failure(fetchArticleUrl(`${base}/big`, { allowPrivate: true, maxBytes: 50_000 }));
    expect(big.code).toBe("PAYLOAD_TOO_LARGE");
    expect(big.fields?.url).toMatch(/larger than 49 kB/);
    const bomb = await failure(fetchArticleUrl(`${base}/bomb`, { allowPrivate: true, maxBytes: 100_000 }));
    expect(bomb.code).toBe("PAYLOAD_TOO_LARGE");
  });

  it("times out", async () => {
    const started = Date.now();
    const e = await failure(fetchArticleUrl(`${base}/slow`, { allowPrivate: true, timeoutMs: 300 }));
    expect(e.fields?.url).toMatch(/did not answer in time/);
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it("accepts markdown and refuses other content types and error statuses", async () => {
    expect(await fetchArticleUrl(`${base}/md`, { allowPrivate: true })).toMatchObject({ kind: "markdown", content: "# Hi\n\nthere 🚀" });
    expect((await failure(fetchArticleUrl(`${base}/pdf`, { allowPrivate: true }))).code).toBe("UNSUPPORTED_MEDIA_TYPE");
    expect((await failure(fetchArticleUrl(`${base}/missing`, { allowPrivate: true }))).fields?.url).toMatch(/HTTP 404/);
  });

  it("refuses the local server when private addresses are not allowed", async () => {
    expect((await failure(fetchArticleUrl(`${base}/page`))).fields?.url).toMatch(/private or reserved/);
  });
});
