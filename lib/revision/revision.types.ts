import { z } from "zod";
import { httpUrlSchema } from "@/lib/claim/explanation.types";
import { MAX_ARTICLE_TEXT } from "@/lib/article/article.types";
import { selectorInputSchema } from "@/lib/claim/claim.types";
import type { AnchorOutcome, ClaimStatus } from "@/lib/generated/prisma/enums";

const note = z.string().trim().max(1000).optional();

/**
 * POST /api/v1/articles/{id}/revisions: exactly one of the corrected text, the corrected
 * page's HTML, or a URL to re-fetch (null/omitted url re-fetches the article's own source).
 */
export const createRevisionInputSchema = z.union([
  z.object({ text: z.string().min(1, "is empty").max(MAX_ARTICLE_TEXT), note }).strict(),
  z.object({ html: z.string().min(1, "is empty").max(5_000_000), note }).strict(),
  z.object({ url: httpUrlSchema.nullable(), note }).strict(),
]);
export type CreateRevisionInput = z.infer<typeof createRevisionInputSchema>;

/** POST /api/v1/claims/{id}/reattach: code-point offsets or a quote on the current revision. */
export const reattachClaimInputSchema = z
  .object({ selector: selectorInputSchema, version: z.number().int().min(1).max(2_147_483_647).optional() })
  .strict();
export type ReattachClaimInput = z.infer<typeof reattachClaimInputSchema>;

export type SelectorDto = { exact: string; prefix: string; suffix: string; start: number; end: number };

/** A revision without its text (the list). */
export type RevisionSummaryDto = {
  id: string;
  number: number;
  sha256: string;
  note: string;
  length: number;
  isCurrent: boolean;
  createdBy: { id: string; name: string };
  createdAt: string;
};

/** A claim as anchored on one revision (from its ClaimAnchor row). */
export type AnchoredClaimDto = {
  id: string;
  status: ClaimStatus;
  statement: string;
  outcome: AnchorOutcome;
  score: number | null;
  selector: SelectorDto;
};

/** GET /api/v1/articles/{id}/revisions/{number}. */
export type RevisionDetailDto = RevisionSummaryDto & { articleId: string; text: string; claims: AnchoredClaimDto[] };

/** One claim's result of an update: where it went and whether its words changed. */
export type ReanchoredClaimDto = {
  id: string;
  outcome: AnchorOutcome;
  score: number | null;
  oldExact: string;
  newExact: string | null;
  /** where the claim is on the new revision (null for an orphan) */
  selector: SelectorDto | null;
  /** the old selector's context, so an orphan can be recognised */
  oldPrefix: string;
  oldSuffix: string;
  status: ClaimStatus;
  previousStatus: ClaimStatus;
  statement: string;
};

/** POST /api/v1/articles/{id}/revisions → 201. */
export type CreateRevisionResultDto = {
  revision: RevisionSummaryDto & { text: string };
  summary: { unchanged: number; moved: number; changed: number; orphaned: number; backToReview: number };
  claims: ReanchoredClaimDto[];
};
