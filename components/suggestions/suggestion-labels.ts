import type { SuggestionKind } from "@/lib/detect/suggestion-types";

/** How each suggestion kind is named in the panel. */
export const SUGGESTION_KIND_LABELS: Record<SuggestionKind, string> = {
  money: "Money",
  number: "Number / statistic",
  date: "Date / time",
  age: "Age / duration",
  count: "Count / quantity",
  ranking: "Ranking / superlative",
  comparison: "Comparison",
  causal: "Causal claim",
  attribution: "Attribution / quote",
};
