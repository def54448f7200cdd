import type { IncomingMessage } from "node:http";
import { AppError } from "@/lib/errors/app-error";
import { isPublicAddress, unbracket } from "./check-public-address";
import { decodeBody } from "./decode-body";
import { requestPage } from "./request-page";
import type { InputKind } from "./types";

export interface FetchedPage {
  /** The URL the content was finally served from, after redirects. */
  url: string;
  contentType: string;
  kind: InputKind;
  content: string;
}

export interface FetchArticleUrlOptions {
  /** Allow private, loopback and link-local addresses (an admin setting; tests). */
  allowPrivate?: boolean;
  /** Whole fetch, redirects included. Default 10 s. */
  timeoutMs?: number;
  /** Body size cap after decompression. Default 5 MB. */
  maxBytes?: number;
}

const MAX_REDIRECTS = 5;
const KINDS: Record<string, InputKind> = {
  "text/html": "html", "application/xhtml+xml": "html", "text/plain": "text", "text/markdown": "markdown", "text/x-markdown": "markdown",
};
const refuse = (reason: string, code: AppError["code"] = "INVALID_INPUT") => new AppError(code, `Could not import the URL: ${reason}`, { fields: { url: reason } });
const mediaType = (res: IncomingMessage) => (res.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();

/** Parses and checks a URL before any connection: scheme, credentials, IP-literal hosts. */
function checkUrl(raw: string, allowPrivate: boolean): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw refuse("is not a valid URL");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw refuse("must start with http:// or https://");
  if (url.username || url.password) throw refuse("must not contain a user name or password");
  // IP-literal hosts skip DNS, so the address check must happen here rather than in the lookup.
  const host = unbracket(url.hostname);
  if (!allowPrivate && /^[\d.]+$|:/.test(host) && !isPublicAddress(host)) throw refuse(`points to a private or reserved address (${host})`);
  return url;
}

/**
 * Fetches a web page for import on the server, safely: http/https only; every hop's host
 * resolved and refused when private, loopback, link-local, unique-local, multicast or
 * IPv4-mapped (unless `allowPrivate`), with the checked address used for the connection
 * (no DNS rebinding); at most 5 redirects, followed manually and re-checked; one timeout
 * over the whole fetch; a size cap enforced while streaming; only HTML, plain text and
 * markdown accepted. Every failure is an AppError whose `fields.url` says why.
 */
export async function fetchArticleUrl(rawUrl: string, opts: FetchArticleUrlOptions = {}): Promise<FetchedPage> {
  const allowPrivate = opts.allowPrivate ?? false;
  const maxBytes = opts.maxBytes ?? 5 * 1024 * 1024;
  const deadline = Date.now() + (opts.timeoutMs ?? 10_000);
  let url = checkUrl(rawUrl, allowPrivate);
  for (let hop = 0; ; hop++) {
    const res = await requestPage(url, {
      allowPrivate,
      deadline,
      maxBytes,
      acceptBody: (r) => {
        const status = r.statusCode ?? 0;
        if (status >= 300 && status < 400 && r.headers.location) return false;
        if (status < 200 || status >= 300) throw refuse(`the site answered with HTTP ${status}`, "UNPROCESSABLE");
        if (!KINDS[mediaType(r)]) throw refuse(`the page is not HTML, text or markdown (${mediaType(r) || "no content type"})`, "UNSUPPORTED_MEDIA_TYPE");
        const length = Number(r.headers["content-length"]);
        if (length > maxBytes) throw refuse(`the page is larger than ${Math.round(maxBytes / 1024)} kB`, "PAYLOAD_TOO_LARGE");
        return true;
      },
    });
    if (res.status >= 300 && res.status < 400) {
      if (hop >= MAX_REDIRECTS) throw refuse(`more than ${MAX_REDIRECTS} redirects`, "UNPROCESSABLE");
      url = checkUrl(new URL(String(res.headers.location), url).href, allowPrivate);
      continue;
    }
    const contentType = String(res.headers["content-type"] ?? "");
    const kind = KINDS[contentType.split(";")[0]!.trim().toLowerCase()]!;
    return { url: url.href, contentType, kind, content: decodeBody(res.body, contentType, kind) };
  }
}
