import { apiHandler } from "@/lib/http/api-handler";
import { listRatingScale } from "@/lib/rating-scale/list-rating-scale";
import { updateRatingScale } from "@/lib/rating-scale/update-rating-scale";

// GET /api/v1/rating-scale → { entries: RatingScaleEntryDto[] } in position order, retired ones flagged
export const GET = apiHandler(async ({ actor }) => ({ entries: await listRatingScale({ actor }) }));

// PUT /api/v1/rating-scale { entries: [{ key, label, description?, value, colour, retired? }] } (admin):
// the whole scale in display order → { entries }; 409 when a rating in use would be deleted
export const PUT = apiHandler(async ({ actor, json }) => ({ entries: await updateRatingScale({ actor, input: await json() }) }));
