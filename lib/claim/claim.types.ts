import { z } from "zod";
import { explanationDocSchema } from "@/lib/claim/explanation.types";
import type { SourceDto } from "@/lib/source/source.types";
import { CLAIM_KINDS, CLAIM_STATUSES, type ClaimKindValue, type ClaimStatusValue } from "@/lib/claim/claim-values";

export { CLAIM_KINDS, CLAIM_STATUSES, type ClaimKindValue, type ClaimStatusValue } from "@/lib/claim/claim-values";
export const claimKindSchema = z.enum(CLAIM_KINDS);
export const claimStatusSchema = z.enum(CLAIM_STATUSES);

/**
 * Where the claim is in the article's current text: either code-point offsets
 * `{ start, end }` or a quote `{ exact, prefix?, suffix? }` (both may be given; then the
 * quote must match the offsets). One object rather than a union so errors name the field.
 */
export const selectorInputSchema = z
  .object({
    start: z.number().int().min(0).optional(),
    end: z.number().int().min(0).optional(),
    exact: z.string().max(10_000).optional(),
    prefix: z.string().max(1000).optional(),
    suffix: z.string().max(1000).optional(),
  })
  .strict();
export type SelectorInput = z.infer<typeof selectorInputSchema>;

const statementSchema = z.string().trim().max(2000);
const claimantSchema = z.string().trim().max(500);
const idSchema = z.string().min(1).max(100);

/** POST /api/v1/articles/{id}/claims */
export const createClaimInputSchema = z
  .object({
    selector: selectorInputSchema,
    statement: statementSchema.optional(),
    claimant: claimantSchema.optional(),
    kind: claimKindSchema.optional(),
    assigneeId: idSchema.nullable().optional(),
  })
  .strict();
export type CreateClaimInput = z.infer<typeof createClaimInputSchema>;

/** The verdict part of a claim update; omitted fields are left as they are. */
export const verdictInputSchema = z
  .object({
    /** the rating scale entry's stable key, e.g. "mostly-true"; null clears it */
    rating: z.string().min(1).max(100).nullable().optional(),
    summary: z.string().trim().max(500).optional(),
    /** tiptap JSON (doc / paragraph / text with bold, italic, http(s) link); null clears it */
    explanation: explanationDocSchema.nullable().optional(),
  })
  .strict();
export type VerdictInput = z.infer<typeof verdictInputSchema>;

/** PATCH /api/v1/claims/{id}: `version` is the claim version the edit was based on. */
export const updateClaimInputSchema = z
  .object({
    version: z.number().int().min(1).max(2_147_483_647),
    statement: statementSchema.optional(),
    claimant: claimantSchema.optional(),
    kind: claimKindSchema.optional(),
    assigneeId: idSchema.nullable().optional(),
    verdict: verdictInputSchema.optional(),
  })
  .strict();
export type UpdateClaimInput = z.infer<typeof updateClaimInputSchema>;

/** Names used in `changedFields` of a 409 and in audit events. */
export type ClaimField =
  | "statement" | "claimant" | "kind" | "assigneeId" | "status"
  | "verdict.rating" | "verdict.summary" | "verdict.explanation" | "sources" | "selector";

export type PersonDto = { id: string; name: string };

export type RatingDto = { key: string; label: string; value: number | null; colour: string };

export type VerdictDto = {
  rating: RatingDto | null;
  summary: string;
  explanation: unknown | null;
  explanationText: string;
};

/** A claim as the API returns it. Offsets are Unicode code points; dates are ISO strings. */
export type ClaimDto = {
  id: string;
  articleId: string;
  revisionId: string;
  status: ClaimStatusValue;
  kind: ClaimKindValue;
  selector: { exact: string; prefix: string; suffix: string; start: number; end: number };
  anchor: { outcome: "CREATED" | "UNCHANGED" | "MOVED" | "FUZZY" | "ORPHANED" | "REATTACHED"; score: number | null };
  statement: string;
  claimant: string;
  assignee: PersonDto | null;
  version: number;
  verdict: VerdictDto | null;
  sources: SourceDto[];
  counts: { comments: number };
  createdBy: PersonDto;
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
  approvedAt: string | null;
  lastReview: { decision: "APPROVE" | "REQUEST_CHANGES" | "REOPEN"; note: string; reviewer: PersonDto; at: string } | null;
};

/** `details` of the 409 a stale claim update gets. */
export type ClaimConflictDetails = {
  currentVersion: number;
  claim: ClaimDto;
  changedFields: ClaimField[];
};
