import { apiHandler } from "@/lib/http/api-handler";
import { acceptSuggestion } from "@/lib/suggestion/accept-suggestion";

/** Creates a draft claim from the suggestion; 201 with the claim (as POST …/claims answers). */
export const POST = apiHandler<{ id: string; key: string }>(
  async ({ actor, params }) => acceptSuggestion({ actor, articleId: params.id, key: params.key }),
  { status: 201 },
);
