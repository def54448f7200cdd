import { apiHandler } from "@/lib/http/api-handler";
import { invalid } from "@/lib/errors/app-error";
import { getRevision } from "@/lib/revision/get-revision";

// GET /api/v1/articles/{id}/revisions/{number} → RevisionDetailDto: text and the claims as anchored on it
export const GET = apiHandler<{ id: string; number: string }>(async ({ actor, params }) => {
  const number = Number(params.number);
  if (!/^\d{1,9}$/.test(params.number) || number < 1) throw invalid({ number: "must be a revision number (1, 2, ...)" });
  return getRevision({ actor, articleId: params.id, number });
});
