import { apiHandler } from "@/lib/http/api-handler";
import { listRatingScale } from "@/lib/rating-scale/list-rating-scale";

// GET /api/v1/rating-scale → { entries: RatingScaleEntryDto[] } in position order, retired ones flagged
export const GET = apiHandler(async ({ actor }) => ({ entries: await listRatingScale({ actor }) }));
