import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { listRatingScale } from "@/lib/rating-scale/list-rating-scale";
import { countRatingUsage } from "@/lib/rating-scale/count-rating-usage";
import { RatingScaleEditor } from "@/components/admin/rating-scale-editor";
import "@/components/review/review.css";

export const metadata: Metadata = { title: "Rating scale" };

export default async function RatingScalePage() {
  const actor = await requirePageActor("ratingScale.manage");
  const [scale, usage] = await Promise.all([listRatingScale({ actor }), countRatingUsage()]);
  return (
    <div className="stack">
      <h1>Rating scale</h1>
      <RatingScaleEditor initial={scale} usage={usage} />
    </div>
  );
}
