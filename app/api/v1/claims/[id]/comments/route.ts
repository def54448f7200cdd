import { apiHandler } from "@/lib/http/api-handler";
import { listComments } from "@/lib/comment/list-comments";
import { createComment } from "@/lib/comment/create-comment";

// GET /api/v1/claims/{id}/comments → { comments: CommentDto[] } oldest first
export const GET = apiHandler<{ id: string }>(async ({ actor, params }) => ({
  comments: await listComments({ actor, claimId: params.id }),
}));

// POST /api/v1/claims/{id}/comments { body } → 201 CommentDto
export const POST = apiHandler<{ id: string }>(
  async ({ actor, params, json }) => createComment({ actor, claimId: params.id, input: await json() }),
  { status: 201 },
);
