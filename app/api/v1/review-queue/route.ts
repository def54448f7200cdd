import { apiHandler } from "@/lib/http/api-handler";
import { listReviewQueue } from "@/lib/review/list-review-queue";

// GET /api/v1/review-queue?articleId=&factCheckerId=&rating= → { claims: [...] } oldest submitted first
export const GET = apiHandler(async ({ actor, query }) => ({ claims: await listReviewQueue({ actor, filter: query }) }));
