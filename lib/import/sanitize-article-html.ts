import sanitizeHtml from "sanitize-html";

const SAFE_SCHEMES = ["http", "https", "mailto"];
// Elements whose content is never article text: dropped with everything inside them.
const DROP_WITH_CONTENT = [
  "script", "style", "noscript", "template", "head", "title", "textarea", "option", "select",
  "button", "form", "iframe", "frame", "frameset", "object", "embed", "applet", "svg", "math",
  "canvas", "video", "audio", "nav", "dialog", "input",
];
const TEXT_TAGS = ["p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "li", "a", "em", "strong", "b", "i", "br", "figure", "figcaption"];

/** Resolves a link against the page and keeps it only when it is http(s) or mailto. */
function safeHref(href: string | undefined, baseUrl: string | undefined): string | null {
  if (!href) return null;
  try {
    const url = new URL(href.trim(), baseUrl);
    return SAFE_SCHEMES.includes(url.protocol.slice(0, -1)) ? url.href : null;
  } catch {
    return null; // relative link with no page URL to resolve it against
  }
}

/**
 * First pass over a whole page, before article extraction: everything executable or
 * styled is removed, but layout containers and their class/id stay so that Readability
 * can still tell the story from the navigation, comments and sidebars.
 */
export function sanitizePageHtml(html: string): string {
  return sanitizeHtml(html, {
    allowedTags: [...TEXT_TAGS, "html", "body", "article", "main", "section", "div", "span", "header", "footer", "aside", "time", "address", "table", "thead", "tbody", "tr", "th", "td"],
    allowedAttributes: { "*": ["class", "id", "itemprop", "rel"], a: ["href"], time: ["datetime"] },
    allowedSchemes: SAFE_SCHEMES,
    allowedSchemesAppliedToAttributes: ["href"],
    allowProtocolRelative: false,
    nonTextTags: DROP_WITH_CONTENT,
  });
}

/**
 * The kept, strict form of article HTML: text structure only (paragraphs, headings,
 * quotes, lists, emphasis, links, figure captions). No script, style, event handler,
 * iframe, image or non-http(s)/mailto link survives; links get rel="nofollow noopener noreferrer".
 */
export function sanitizeArticleHtml(html: string, baseUrl?: string): string {
  return sanitizeHtml(html, {
    allowedTags: TEXT_TAGS,
    allowedAttributes: { a: ["href", "rel"] },
    allowedSchemes: SAFE_SCHEMES,
    allowedSchemesAppliedToAttributes: ["href"],
    allowProtocolRelative: false,
    nonTextTags: DROP_WITH_CONTENT,
    // Empty shells (a figure whose image was removed, an anchor-less link) carry nothing.
    exclusiveFilter: (frame) => frame.tag !== "br" && !frame.text.trim() && !frame.mediaChildren.length,
    transformTags: {
      a: (tagName, attribs) => {
        const href = safeHref(attribs.href, baseUrl);
        const safe: Record<string, string> = href ? { href, rel: "nofollow noopener noreferrer" } : {};
        return { tagName, attribs: safe };
      },
    },
  });
}
