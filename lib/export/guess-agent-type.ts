// Factmark stores a claimant as free text; schema.org wants a Person or an Organization.
// Names that read like institutions (a keyword, or an all-caps acronym such as "NASA")
// are typed Organization; anything else is most often a person speaking.
const ORGANIZATION_WORDS =
  /\b(agency|ministry|department|government|administration|company|corp(oration)?|inc|ltd|llc|plc|gmbh|council|committee|party|association|organi[sz]ation|union|university|institute|office|bureau|commission|foundation|federation|group|bank|news|press|times|post|reuters|associated|roscosmos|spacex|kremlin|white house|parliament|congress|senate|court|police|army|navy|station)\b/i;
const ACRONYM = /^[A-Z0-9&.\- ]{2,}$/;

/** Whether a free-text claimant or author name should be typed Organization rather than Person. */
export function guessAgentType(name: string): "Person" | "Organization" {
  const trimmed = name.trim();
  return ORGANIZATION_WORDS.test(trimmed) || ACRONYM.test(trimmed) ? "Organization" : "Person";
}
