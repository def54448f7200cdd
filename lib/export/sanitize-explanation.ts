import sanitizeHtml from "sanitize-html";
import { isHttpUrl } from "./export-urls";

// The explanation comes from the rich-text editor, but an export may be opened anywhere
// (a CMS, a browser from disk), so it is cleaned again here instead of trusting storage.
const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    "p", "br", "strong", "b", "em", "i", "u", "s", "code", "pre", "blockquote",
    "ul", "ol", "li", "a", "h2", "h3", "h4", "hr", "sub", "sup",
  ],
  allowedAttributes: { a: ["href", "title", "rel"] },
  allowedSchemes: ["http", "https"],
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  transformTags: {
    // sanitize-html keeps relative hrefs; an offline file has no base to resolve them
    // against, so only absolute http(s) links survive.
    a: (tagName, attribs) => {
      const href = attribs.href?.trim();
      const out: Record<string, string> = {};
      if (href && isHttpUrl(href)) Object.assign(out, { href, rel: "noopener noreferrer nofollow" });
      if (attribs.title) out.title = attribs.title;
      return { tagName, attribs: out };
    },
  },
};

/**
 * Sanitize an explanation's HTML for export: a small set of text-formatting tags, links
 * only to absolute http(s) URLs, no attributes but href/title/rel, no scripts or styles.
 */
export function sanitizeExplanationHtml(html: string): string {
  return sanitizeHtml(html, OPTIONS);
}
