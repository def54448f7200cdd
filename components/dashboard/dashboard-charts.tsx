import type { RatingBucket, StatusCounts } from "@/lib/dashboard/get-dashboard-stats";
import { BarChart, type Bar } from "@/components/dashboard/bar-chart";

const STATUS_BARS: { key: keyof StatusCounts; label: string; colour: string }[] = [
  { key: "DRAFT", label: "Draft", colour: "#7b61ff" },
  { key: "IN_REVIEW", label: "In review", colour: "#d97706" },
  { key: "CHANGES_REQUESTED", label: "Changes requested", colour: "#dc2626" },
  { key: "APPROVED", label: "Approved", colour: "#15803d" },
];

function queueHref(params: Record<string, string | undefined>): string {
  const q = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => !!e[1]));
  return `/review${q.size ? `?${q}` : ""}`;
}

/** Claims by status and by rating for one scope (everything, or one article); in-review bars open the queue. */
export function DashboardCharts({ id, byStatus, byRating, articleId }: { id: string; byStatus: StatusCounts; byRating: RatingBucket[]; articleId?: string }) {
  const statusBars: Bar[] = STATUS_BARS.map((s) => ({
    label: s.label,
    value: byStatus[s.key],
    colour: s.colour,
    href: s.key === "IN_REVIEW" ? queueHref({ articleId }) : undefined,
  }));
  const ratingBars: Bar[] = byRating.map((r) => ({
    label: r.label,
    value: r.count,
    colour: r.colour,
    href: r.key !== "none" ? queueHref({ articleId, rating: r.key }) : undefined,
  }));
  return (
    <div className="chart-grid">
      <BarChart id={`${id}-status`} title="Claims by status" bars={statusBars} />
      <BarChart id={`${id}-rating`} title="Claims by rating" bars={ratingBars} />
    </div>
  );
}
