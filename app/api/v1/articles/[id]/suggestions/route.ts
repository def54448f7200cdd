import { apiHandler } from "@/lib/http/api-handler";
import { listSuggestions } from "@/lib/suggestion/list-suggestions";

export const GET = apiHandler<{ id: string }>(async ({ actor, params }) => listSuggestions({ actor, articleId: params.id }));
