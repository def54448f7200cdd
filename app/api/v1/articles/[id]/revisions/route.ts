import { apiHandler } from "@/lib/http/api-handler";
import { createRevision } from "@/lib/revision/create-revision";
import { listRevisions } from "@/lib/revision/list-revisions";

// GET /api/v1/articles/{id}/revisions → { currentRevisionNo, revisions: RevisionSummaryDto[] } newest first
export const GET = apiHandler<{ id: string }>(async ({ actor, params }) => listRevisions({ actor, articleId: params.id }));

// POST /api/v1/articles/{id}/revisions { text } | { html } | { url } (+ note?) → 201 { revision, summary, claims }
// 422 when the normalised text is identical to the current revision; 409 on a concurrent update
export const POST = apiHandler<{ id: string }>(
  async ({ actor, params, json }) => createRevision({ actor, articleId: params.id, input: await json() }),
  { status: 201 },
);
