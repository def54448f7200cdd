import { z } from "zod";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { parseInput } from "@/lib/errors/zod-to-app-error";
import type { Prisma } from "@/lib/generated/prisma/client";

export const reviewQueueFilterSchema = z
  .object({
    articleId: z.string().min(1).max(100).optional(),
    /** the claim's assignee, or its creator when unassigned */
    factCheckerId: z.string().min(1).max(100).optional(),
    /** rating scale key */
    rating: z.string().min(1).max(100).optional(),
  })
  .strip();
export type ReviewQueueFilter = z.infer<typeof reviewQueueFilterSchema>;

export type ReviewQueueItem = {
  id: string;
  statement: string;
  exact: string;
  version: number;
  submittedAt: string | null;
  article: { id: string; title: string };
  factChecker: { id: string; name: string };
  rating: { key: string; label: string; colour: string } | null;
  isResubmission: boolean;
};

/**
 * Claims waiting for an editor, oldest submitted first, optionally narrowed to one article,
 * fact-checker or rating. At most 500 rows: a queue longer than that is a staffing problem.
 */
export async function listReviewQueue(opts: { actor: Actor; filter?: unknown }): Promise<ReviewQueueItem[]> {
  assertCan(opts.actor, "reviewQueue.read");
  const f = parseInput(reviewQueueFilterSchema, opts.filter ?? {});
  const where: Prisma.ClaimWhereInput = { status: "IN_REVIEW" };
  if (f.articleId) where.articleId = f.articleId;
  if (f.factCheckerId) where.OR = [{ assigneeId: f.factCheckerId }, { assigneeId: null, createdById: f.factCheckerId }];
  if (f.rating) where.verdict = { rating: { key: f.rating } };
  const rows = await db.claim.findMany({
    where,
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
    take: 500,
    include: {
      article: { select: { id: true, title: true } },
      assignee: { select: { id: true, name: true } },
      createdBy: { select: { id: true, name: true } },
      verdict: { include: { rating: true } },
    },
  });
  return rows.map((c) => ({
    id: c.id,
    statement: c.statement,
    exact: c.exact,
    version: c.version,
    submittedAt: c.submittedAt?.toISOString() ?? null,
    article: c.article,
    factChecker: c.assignee ?? c.createdBy,
    rating: c.verdict?.rating ? { key: c.verdict.rating.key, label: c.verdict.rating.label, colour: c.verdict.rating.colour } : null,
    isResubmission: c.approvedSnapshot !== null,
  }));
}
