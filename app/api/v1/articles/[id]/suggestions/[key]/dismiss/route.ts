import { apiHandler } from "@/lib/http/api-handler";
import { dismissSuggestion } from "@/lib/suggestion/dismiss-suggestion";
import { restoreSuggestion } from "@/lib/suggestion/restore-suggestion";

type Params = { id: string; key: string };

/** Dismiss (idempotent). */
export const POST = apiHandler<Params>(async ({ actor, params }) => dismissSuggestion({ actor, articleId: params.id, key: params.key }));

/** Undo a dismissal (idempotent). */
export const DELETE = apiHandler<Params>(async ({ actor, params }) => restoreSuggestion({ actor, articleId: params.id, key: params.key }));
