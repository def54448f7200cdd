import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { findCurrentSuggestions } from "@/lib/suggestion/find-current-suggestions";
import type { SuggestionListDto } from "@/lib/suggestion/suggestion.types";

/**
 * The check-worthy suggestions of an article's current revision in text order, without the
 * ones dismissed for this article or already covered by a claim (overlap ≥ 50%).
 */
export async function listSuggestions(opts: { actor: Actor; articleId: string }): Promise<SuggestionListDto> {
  assertCan(opts.actor, "suggestion.read");
  return findCurrentSuggestions(opts.actor, opts.articleId);
}
