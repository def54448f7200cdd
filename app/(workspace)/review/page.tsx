import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { listReviewQueue, reviewQueueFilterSchema } from "@/lib/review/list-review-queue";
import { listReviewFilterOptions } from "@/lib/review/list-review-filter-options";
import { ReviewQueueFilters } from "@/components/review/review-queue-filters";
import { ReviewQueueTable } from "@/components/review/review-queue-table";
import "@/components/review/review.css";

export const metadata: Metadata = { title: "Review queue" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ReviewQueuePage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor("reviewQueue.read");
  const raw = await searchParams;
  const picked = Object.fromEntries(["articleId", "factCheckerId", "rating"].map((k) => [k, typeof raw[k] === "string" && raw[k] ? raw[k] : undefined]));
  const parsed = reviewQueueFilterSchema.safeParse(picked);
  const filter = parsed.success ? parsed.data : {};
  const [items, options] = await Promise.all([listReviewQueue({ actor, filter }), listReviewFilterOptions()]);
  return (
    <div className="stack">
      <h1>Review queue</h1>
      <p className="muted">Claims submitted for review, oldest first. {items.length} waiting{Object.values(filter).some(Boolean) ? " (filtered)" : ""}.</p>
      <ReviewQueueFilters filter={filter} options={options} />
      <ReviewQueueTable items={items} />
    </div>
  );
}
