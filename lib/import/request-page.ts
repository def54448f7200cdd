import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import { AppError } from "@/lib/errors/app-error";
import { isPublicAddress } from "./check-public-address";

export interface PageResponse {
  status: number;
  headers: IncomingMessage["headers"];
  body: Buffer;
}

const urlError = (code: AppError["code"], reason: string) => new AppError(code, `Could not import the URL: ${reason}`, { fields: { url: reason } });

/**
 * A DNS lookup that refuses non-public addresses. Given to http.request, it is the lookup
 * the socket connects with, so the address checked is the address used: a second DNS
 * answer (DNS rebinding) never gets a chance.
 */
function checkedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { all: true, family: options.family }, (err, addresses: LookupAddress[]) => {
      if (err) return callback(err, "", 0);
      const blocked = addresses.find((a) => !isPublicAddress(a.address));
      if (blocked && !allowPrivate) {
        return callback(urlError("INVALID_INPUT", `${hostname} resolves to a private or reserved address (${blocked.address})`) as NodeJS.ErrnoException, "", 0);
      }
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      const first = addresses[0]!;
      callback(null, first.address, first.family);
    });
  };
}

/** Decompresses as the server encoded; the size cap then counts the bytes after inflation. */
function decoded(res: IncomingMessage): NodeJS.ReadableStream {
  const encoding = (res.headers["content-encoding"] ?? "").toLowerCase().trim();
  if (encoding === "gzip" || encoding === "x-gzip") return res.pipe(createGunzip());
  if (encoding === "deflate") return res.pipe(createInflate());
  if (encoding === "br") return res.pipe(createBrotliDecompress());
  return res;
}

/**
 * One GET without following redirects, connecting only to addresses that pass the check
 * (unless `allowPrivate`), aborted at `deadline` (epoch ms) or once the body exceeds
 * `maxBytes`. `acceptBody(res)` runs on the headers and may throw to refuse the body.
 */
export function requestPage(
  url: URL,
  opts: { allowPrivate: boolean; deadline: number; maxBytes: number; acceptBody: (res: IncomingMessage) => boolean },
): Promise<PageResponse> {
  return new Promise((resolve, reject) => {
    const client = url.protocol === "https:" ? https : http;
    let settled = false;
    const fail = (e: unknown) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.destroy();
      reject(e instanceof AppError ? e : urlError("UNPROCESSABLE", `the request failed (${e instanceof Error ? e.message : String(e)})`));
    };
    const req = client.request(url, {
      method: "GET",
      lookup: checkedLookup(opts.allowPrivate),
      headers: {
        "user-agent": "Factmark/0.1 (article import; +https://github.com/factmark)",
        accept: "text/html,application/xhtml+xml,text/plain;q=0.9,text/markdown;q=0.9",
        "accept-encoding": "gzip, deflate, br",
      },
    });
    const timer = setTimeout(() => fail(urlError("UNPROCESSABLE", "the site did not answer in time")), Math.max(0, opts.deadline - Date.now()));
    req.on("error", fail);
    req.on("response", (res) => {
      try {
        if (!opts.acceptBody(res)) {
          settled = true;
          clearTimeout(timer);
          res.resume();
          req.destroy();
          return resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.alloc(0) });
        }
      } catch (e) {
        return fail(e);
      }
      const chunks: Buffer[] = [];
      let size = 0;
      const stream = decoded(res);
      stream.on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size > opts.maxBytes) return fail(urlError("PAYLOAD_TOO_LARGE", `the page is larger than ${Math.round(opts.maxBytes / 1024)} kB`));
        chunks.push(chunk);
      });
      stream.on("error", fail);
      stream.on("end", () => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) });
      });
    });
    req.end();
  });
}
