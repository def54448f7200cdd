import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { ensureDefaultRatingScale } from "@/lib/rating-scale/ensure-default-rating-scale";
import type { RatingScaleEntryDto } from "@/lib/rating-scale/rating-scale.types";

/**
 * The newsroom's rating scale in position order, retired entries included and flagged (old
 * verdicts still show them). A database without any entry gets the default scale first, so
 * a fresh install can rate claims before an admin has touched the scale.
 */
export async function listRatingScale(opts: { actor: Actor }): Promise<RatingScaleEntryDto[]> {
  assertCan(opts.actor, "ratingScale.read");
  const read = () => db.ratingScaleEntry.findMany({ orderBy: [{ position: "asc" }, { key: "asc" }] });
  let rows = await read();
  if (rows.length === 0) {
    await ensureDefaultRatingScale(db);
    rows = await read();
  }
  return rows.map((r) => ({
    id: r.id, key: r.key, label: r.label, description: r.description,
    position: r.position, value: r.value, colour: r.colour, retired: r.retired,
  }));
}
