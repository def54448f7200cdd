import type { Tx } from "@/lib/db";
import { DEFAULT_RATING_SCALE } from "@/lib/rating-scale/default-scale";

/**
 * Inserts the default rating scale when the table is empty, so a fresh install can rate
 * claims before an admin has touched the scale. Never changes an existing scale.
 */
export async function ensureDefaultRatingScale(client: Pick<Tx, "ratingScaleEntry">): Promise<void> {
  if ((await client.ratingScaleEntry.count()) > 0) return;
  await client.ratingScaleEntry.createMany({
    data: DEFAULT_RATING_SCALE.map((e, position) => ({ ...e, position })),
    skipDuplicates: true,
  });
}
