/**
 * The default rating scale (position order, best first). `value` feeds ClaimReview's
 * ratingValue (bestRating 6, worstRating 1); "Unverifiable" has no place on that line.
 */
export const DEFAULT_RATING_SCALE = [
  { key: "true", label: "True", value: 6, colour: "#15803d", description: "Accurate, nothing significant missing." },
  { key: "mostly-true", label: "Mostly true", value: 5, colour: "#4d7c0f", description: "Accurate but needs clarification or context." },
  { key: "half-true", label: "Half true", value: 4, colour: "#a16207", description: "Partially accurate; leaves out important details." },
  { key: "misleading", label: "Misleading", value: 3, colour: "#c2410c", description: "Contains accurate elements but creates a false impression." },
  { key: "mostly-false", label: "Mostly false", value: 2, colour: "#b91c1c", description: "Contains an element of truth but ignores critical facts." },
  { key: "false", label: "False", value: 1, colour: "#7f1d1d", description: "Not accurate." },
  { key: "unverifiable", label: "Unverifiable", value: null, colour: "#4b5563", description: "The evidence available does not settle it." },
] as const;
