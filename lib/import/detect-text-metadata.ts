/**
 * Small readers for the metadata a news page prints as text: the byline, the dateline
 * that opens a wire story, and the wire service or republisher named in credits.
 */

const NAME = String.raw`[\p{Lu}][\p{L}\p{M}.'’-]*`;
const CONNECTOR = String.raw`(?:and|&|de|da|del|van|von|der|den|la|le|al|bin|,)`;
const BYLINE = new RegExp(`^(?:[Ww]ritten\\s+)?(?:By|BY|by)\\s*:?\\s+(${NAME}(?:\\s*(?:${NAME}|${CONNECTOR}))*?)\\s*(?:[|,–—-]\\s*[\\p{L} ]{1,40})?$`, "u");

/** "By Joey Roulette" → "Joey Roulette"; null when the line is not a byline. */
export function readByline(paragraph: string): string | null {
  if (paragraph.length > 120) return null;
  const m = BYLINE.exec(paragraph.trim());
  if (!m?.[1]) return null;
  const name = m[1].replace(/[\s,]+$/, "");
  const words = name.split(/\s+/);
  // A byline names people: capitalised words, not a sentence that happens to start with "By".
  if (words.length > 10 || !/^\p{Lu}/u.test(name)) return null;
  return name;
}

// "WASHINGTON (Reuters) -", "NEW YORK, Aug 1 (AP) —", "LONDON —": an upper-case place,
// optionally a date, optionally the wire service in parentheses, then a dash.
const DATELINE = /^(\p{Lu}[\p{Lu}\p{M}.'’ -]{1,40}?(?:,\s*[\p{L}\d. ]{2,30}?)?)\s*(?:\(([^()]{2,40})\)\s*)?[-–—]+\s*/u;

/** Reads the dateline opening the first paragraph, with its wire credit when present. */
export function readDateline(paragraph: string): { dateline: string; wire: string | null } | null {
  const m = DATELINE.exec(paragraph);
  if (!m?.[1]) return null;
  const place = m[1].trim();
  // The place must be shouting: the first word all capitals ("WASHINGTON", not "Washington").
  const firstWord = place.split(/[\s,]/)[0] ?? "";
  if (firstWord.length < 2 || firstWord !== firstWord.toUpperCase()) return null;
  const wire = m[2]?.trim() ?? null;
  return { dateline: wire ? `${place} (${wire})` : place, wire };
}

const REPUBLISHER_PATTERNS = [
  /\b(\p{Lu}[\p{L}\d.&'’-]*(?:\s\p{Lu}[\p{L}\d.&'’-]*){0,3}) (?:holds|has|takes|accepts|bears) no responsibility/u,
  /\bnot been edited by (\p{Lu}[\p{L}\d.&'’-]*(?:\s\p{Lu}[\p{L}\d.&'’-]*){0,3}) staff/u,
];

/** Names the site that republished a wire story, from its disclaimer ("ThePrint holds no responsibility…"). */
export function readRepublisher(paragraph: string): string | null {
  for (const pattern of REPUBLISHER_PATTERNS) {
    const m = pattern.exec(paragraph);
    if (m?.[1]) return m[1];
  }
  return null;
}

/** "Reuters" + "ThePrint" → "Reuters via ThePrint"; either alone when the other is unknown. */
export function combinePublisher(wire: string | null, site: string | null): string | null {
  if (wire && site && wire.toLowerCase() !== site.toLowerCase()) return `${wire} via ${site}`;
  return wire ?? site ?? null;
}
