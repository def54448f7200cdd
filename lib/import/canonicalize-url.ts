// Query parameters that identify a campaign or a click, never the page itself.
const TRACKING_PARAMS = new Set([
  "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "ttclid", "li_fat_id", "igshid",
  "mc_cid", "mc_eid", "_ga", "_gl", "_hsenc", "_hsmi", "hsctatracking", "mkt_tok", "oly_anon_id", "oly_enc_id",
  "vero_id", "wickedid", "ocid", "cmpid", "ncid", "sr_share", "ref", "ref_src", "ref_url", "referrer", "src", "smid", "share", "s_cid",
]);
const TRACKING_PREFIXES = ["utm_", "pk_", "mtm_", "at_", "ga_"];

const isTracking = (name: string) => {
  const n = name.toLowerCase();
  return TRACKING_PARAMS.has(n) || TRACKING_PREFIXES.some((p) => n.startsWith(p));
};

/**
 * The form of a URL used to recognise the same article imported twice: scheme and host
 * lower-cased, default port, fragment, tracking parameters (utm_*, fbclid, gclid, …) and
 * trailing slash dropped, remaining parameters sorted. Throws TypeError on an invalid URL.
 * Not for fetching: the result may differ from what the server expects.
 */
export function canonicalizeUrl(raw: string): string {
  const url = new URL(raw.trim());
  url.hash = "";
  const kept = [...url.searchParams.entries()].filter(([name]) => !isTracking(name));
  kept.sort(([a, av], [b, bv]) => (a === b ? av.localeCompare(bv) : a < b ? -1 : 1));
  url.search = new URLSearchParams(kept).toString();
  // URL already lower-cases scheme and host and drops default ports; "/path/" and "/path"
  // are the same article on every news site, and the root "/" collapses to the bare origin.
  const path = url.pathname.replace(/\/+$/, "");
  return `${url.protocol}//${url.host}${path}${url.search}`;
}
