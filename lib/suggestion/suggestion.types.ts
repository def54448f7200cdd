import { z } from "zod";
import type { Suggestion } from "@/lib/detect/suggestion-types";

/** A suggestion as the API returns it: the detector's output as is (offsets in code points). */
export type SuggestionDto = Suggestion;

/** GET /api/v1/articles/{id}/suggestions */
export type SuggestionListDto = {
  articleId: string;
  revision: { id: string; number: number };
  suggestions: SuggestionDto[];
  /** how many detected suggestions are hidden because they were dismissed for this article */
  dismissedCount: number;
};

/** A suggestion key as the detector makes it: `kind:hash:occurrence`. */
export const suggestionKeySchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[a-z]+:[0-9a-f]{1,64}:\d{1,6}$/, "is not a suggestion key");

/** The result of dismissing or restoring a suggestion. */
export type DismissalDto = { articleId: string; key: string; isDismissed: boolean };
