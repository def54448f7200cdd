import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { notFound } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/zod-to-app-error";
import type { ClaimDto } from "@/lib/claim/claim.types";
import { createClaim } from "@/lib/claim/create-claim";
import { findCurrentSuggestions } from "@/lib/suggestion/find-current-suggestions";
import { suggestionKeySchema } from "@/lib/suggestion/suggestion.types";

/**
 * Turns an open suggestion into a DRAFT claim on the current revision through `createClaim`
 * (same validation, anchor row and "claim.create" audit event), with the suggestion's span
 * and claim kind. The new claim covers the suggestion, so it drops out of the list. A key that
 * is not an open suggestion (dismissed, covered, or gone after a revision) is NOT_FOUND.
 */
export async function acceptSuggestion(opts: { actor: Actor; articleId: string; key: unknown }): Promise<ClaimDto> {
  const { actor, articleId } = opts;
  assertCan(actor, "suggestion.read");
  assertCan(actor, "claim.create");
  const key = parseInput(suggestionKeySchema, opts.key);
  const { suggestions } = await findCurrentSuggestions(actor, articleId);
  const suggestion = suggestions.find((s) => s.key === key);
  if (!suggestion) throw notFound("Suggestion");
  // offsets and quote together: createClaim refuses if the text changed in between
  return createClaim({
    actor,
    articleId,
    input: { selector: { start: suggestion.start, end: suggestion.end, exact: suggestion.exact }, kind: suggestion.claimKind },
  });
}
