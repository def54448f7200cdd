import { db } from "@/lib/db";

/** Choices for the review queue's filters: articles and fact-checkers with claims in review, and ratings. */
export async function listReviewFilterOptions() {
  const [articles, people, ratings] = await Promise.all([
    db.article.findMany({ where: { claims: { some: { status: "IN_REVIEW" } } }, select: { id: true, title: true }, orderBy: { title: "asc" }, take: 500 }),
    db.user.findMany({
      where: { OR: [{ claimsAssigned: { some: { status: "IN_REVIEW" } } }, { claimsCreated: { some: { status: "IN_REVIEW", assigneeId: null } } }] },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
    db.ratingScaleEntry.findMany({ select: { key: true, label: true }, orderBy: { position: "asc" } }),
  ]);
  return { articles, people, ratings };
}
