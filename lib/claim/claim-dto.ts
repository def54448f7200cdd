import type { Prisma } from "@/lib/generated/prisma/client";
import type { ClaimDto } from "@/lib/claim/claim.types";
import { toSourceDto } from "@/lib/source/source-dto";

const person = { select: { id: true, name: true } } as const;

/** The relations a {@link ClaimDto} is built from; pass to every claim query that returns one. */
export const claimDtoInclude = {
  assignee: person,
  createdBy: person,
  verdict: { include: { rating: true } },
  sources: { orderBy: [{ position: "asc" }, { createdAt: "asc" }], include: { createdBy: person } },
  reviews: { orderBy: { createdAt: "desc" }, take: 1, include: { reviewer: person } },
  _count: { select: { comments: true } },
} satisfies Prisma.ClaimInclude;

export type ClaimWithRelations = Prisma.ClaimGetPayload<{ include: typeof claimDtoInclude }>;

/** Maps a claim row (with {@link claimDtoInclude}) to the API shape. */
export function toClaimDto(c: ClaimWithRelations): ClaimDto {
  const review = c.reviews[0];
  return {
    id: c.id,
    articleId: c.articleId,
    revisionId: c.revisionId,
    status: c.status,
    kind: c.kind,
    selector: { exact: c.exact, prefix: c.prefix, suffix: c.suffix, start: c.start, end: c.end },
    anchor: { outcome: c.anchorOutcome, score: c.anchorScore },
    statement: c.statement,
    claimant: c.claimant,
    assignee: c.assignee,
    version: c.version,
    verdict: c.verdict
      ? {
          rating: c.verdict.rating
            ? { key: c.verdict.rating.key, label: c.verdict.rating.label, value: c.verdict.rating.value, colour: c.verdict.rating.colour }
            : null,
          summary: c.verdict.summary,
          explanation: c.verdict.explanation ?? null,
          explanationText: c.verdict.explanationText,
        }
      : null,
    sources: c.sources.map(toSourceDto),
    counts: { comments: c._count.comments },
    createdBy: c.createdBy,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
    submittedAt: c.submittedAt?.toISOString() ?? null,
    approvedAt: c.approvedAt?.toISOString() ?? null,
    lastReview: review
      ? { decision: review.decision, note: review.note, reviewer: review.reviewer, at: review.createdAt.toISOString() }
      : null,
  };
}
