import type { ClaimSelector } from "@/lib/anchoring/types";
import type { ClaimDto, ClaimKindValue, PersonDto } from "@/lib/claim/claim.types";

/**
 * The {@link ClaimDto} of a claim just inserted, built from what was written: a new claim
 * has no verdict, sources, reviews or comments, and its creator is the actor — so nothing
 * needs reading back (the same shape `toClaimDto` gives for the row).
 */
export function toNewClaimDto(c: {
  row: { id: string; version: number; createdAt: Date; updatedAt: Date };
  articleId: string;
  revisionId: string;
  selector: ClaimSelector;
  statement: string;
  claimant: string;
  kind: ClaimKindValue;
  assignee: PersonDto | null;
  createdBy: PersonDto;
}): ClaimDto {
  const { row, selector: s } = c;
  return {
    id: row.id,
    articleId: c.articleId,
    revisionId: c.revisionId,
    status: "DRAFT",
    kind: c.kind,
    selector: { exact: s.exact, prefix: s.prefix, suffix: s.suffix, start: s.start, end: s.end },
    anchor: { outcome: "CREATED", score: null },
    statement: c.statement,
    claimant: c.claimant,
    assignee: c.assignee,
    version: row.version,
    verdict: null,
    sources: [],
    counts: { comments: 0 },
    createdBy: c.createdBy,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    submittedAt: null,
    approvedAt: null,
    lastReview: null,
  };
}
