import type { Tx } from "@/lib/db";
import { invalid } from "@/lib/errors/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ClaimField, UpdateClaimInput } from "@/lib/claim/claim.types";
import type { ClaimWithRelations } from "@/lib/claim/claim-dto";
import { explanationToText } from "@/lib/claim/explanation-to-text";
import { assertAssignee } from "@/lib/claim/assert-assignee";
import { ensureDefaultRatingScale } from "@/lib/rating-scale/ensure-default-rating-scale";

export type ClaimUpdatePlan = {
  changedFields: ClaimField[];
  claimData: Prisma.ClaimUncheckedUpdateInput;
  /** undefined when the verdict is untouched */
  verdictData?: { ratingId: string | null; summary: string; explanation: Prisma.InputJsonValue | typeof Prisma.DbNull; explanationText: string };
  before: Record<string, unknown>;
  after: Record<string, unknown>;
};

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Compares an update with the claim as stored and plans only the real changes (a PATCH that
 * repeats current values changes nothing and does not bump the version). Validates the
 * assignee and resolves the rating key against the scale (a retired rating may stay, not be chosen anew).
 */
export async function diffClaimUpdate(tx: Tx, claim: ClaimWithRelations, input: UpdateClaimInput, nullDb: typeof Prisma.DbNull): Promise<ClaimUpdatePlan> {
  const plan: ClaimUpdatePlan = { changedFields: [], claimData: {}, before: {}, after: {} };
  const note = (field: ClaimField, from: unknown, to: unknown) => {
    plan.changedFields.push(field);
    plan.before[field] = from;
    plan.after[field] = to;
  };
  for (const field of ["statement", "claimant", "kind"] as const) {
    const next = input[field];
    if (next !== undefined && next !== claim[field]) {
      note(field, claim[field], next);
      plan.claimData[field] = next;
    }
  }
  if (input.assigneeId !== undefined && input.assigneeId !== claim.assigneeId) {
    if (input.assigneeId !== null) await assertAssignee(tx, input.assigneeId);
    note("assigneeId", claim.assigneeId, input.assigneeId);
    plan.claimData.assigneeId = input.assigneeId;
  }
  const v = input.verdict;
  if (!v) return plan;
  const current = { ratingKey: claim.verdict?.rating?.key ?? null, ratingId: claim.verdict?.ratingId ?? null, summary: claim.verdict?.summary ?? "", explanation: claim.verdict?.explanation ?? null };
  let ratingId = current.ratingId;
  if (v.rating !== undefined && v.rating !== current.ratingKey) {
    if (v.rating === null) ratingId = null;
    else {
      await ensureDefaultRatingScale(tx);
      const entry = await tx.ratingScaleEntry.findUnique({ where: { key: v.rating }, select: { id: true, retired: true } });
      if (!entry || entry.retired) throw invalid({ "verdict.rating": `"${v.rating}" is not an active rating of the scale` });
      ratingId = entry.id;
    }
    note("verdict.rating", current.ratingKey, v.rating);
  }
  const summary = v.summary !== undefined ? v.summary : current.summary;
  if (summary !== current.summary) note("verdict.summary", current.summary, summary);
  const explanation = v.explanation !== undefined ? v.explanation : current.explanation;
  if (!same(explanation, current.explanation)) note("verdict.explanation", current.explanation, explanation);
  if (plan.changedFields.some((f) => f.startsWith("verdict."))) {
    plan.verdictData = {
      ratingId,
      summary,
      explanation: explanation === null ? nullDb : (explanation as Prisma.InputJsonValue),
      explanationText: v.explanation !== undefined ? explanationToText(v.explanation) : (claim.verdict?.explanationText ?? ""),
    };
  }
  return plan;
}
