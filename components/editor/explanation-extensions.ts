import StarterKit from "@tiptap/starter-kit";

/** Whether `url` is an absolute http(s) URL, the only links an explanation may hold. */
export function isHttpUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return (u.protocol === "http:" || u.protocol === "https:") && u.hostname.length > 0;
  } catch {
    return false;
  }
}

/**
 * The explanation editor's schema: paragraphs with bold, italic, hard breaks and http(s)
 * links — exactly what the server's explanation schema accepts, so nothing typed here is
 * refused on save. Everything else StarterKit offers is switched off.
 */
export function explanationExtensions() {
  return [
    StarterKit.configure({
      heading: false, blockquote: false, bulletList: false, orderedList: false, listItem: false, listKeymap: false,
      code: false, codeBlock: false, horizontalRule: false, strike: false, underline: false,
      link: {
        openOnClick: false,
        autolink: true,
        defaultProtocol: "https",
        isAllowedUri: (url) => isHttpUrl(url),
        shouldAutoLink: (url) => isHttpUrl(url.includes("://") ? url : `https://${url}`),
        HTMLAttributes: { rel: "noopener noreferrer nofollow", target: "_blank", class: null },
      },
    }),
  ];
}
