/** One entry of GET /api/v1/rating-scale, in position order; retired entries are flagged, not hidden. */
export type RatingScaleEntryDto = {
  id: string;
  key: string;
  label: string;
  description: string;
  position: number;
  value: number | null;
  colour: string;
  retired: boolean;
};
