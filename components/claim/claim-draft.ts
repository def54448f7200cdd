import type { ClaimDto, ClaimKindValue, UpdateClaimInput } from "@/lib/claim/claim.types";
import type { ExplanationDoc } from "@/lib/claim/explanation.types";

/** The research fields of a claim as the form edits them. */
export type ClaimDraft = {
  statement: string;
  claimant: string;
  kind: ClaimKindValue;
  assigneeId: string | null;
  rating: string | null;
  summary: string;
  explanation: ExplanationDoc | null;
};
export type DraftField = keyof ClaimDraft;

/** Field names of a 409's `changedFields` → the draft fields they cover. */
export const CHANGED_FIELD_TO_DRAFT: Record<string, DraftField | undefined> = {
  statement: "statement",
  claimant: "claimant",
  kind: "kind",
  assigneeId: "assigneeId",
  "verdict.rating": "rating",
  "verdict.summary": "summary",
  "verdict.explanation": "explanation",
};

export function draftOf(c: ClaimDto): ClaimDraft {
  return {
    statement: c.statement,
    claimant: c.claimant,
    kind: c.kind,
    assigneeId: c.assignee?.id ?? null,
    rating: c.verdict?.rating?.key ?? null,
    summary: c.verdict?.summary ?? "",
    explanation: (c.verdict?.explanation as ExplanationDoc | null | undefined) ?? null,
  };
}

/** The PATCH body for `fields` of `draft`, based on claim `version`. */
export function toClaimPatch(fields: Iterable<DraftField>, draft: ClaimDraft, version: number): UpdateClaimInput {
  const body: UpdateClaimInput = { version };
  const verdict: NonNullable<UpdateClaimInput["verdict"]> = {};
  for (const f of fields) {
    if (f === "rating") verdict.rating = draft.rating;
    else if (f === "summary") verdict.summary = draft.summary;
    else if (f === "explanation") verdict.explanation = draft.explanation;
    else if (f === "kind") body.kind = draft.kind;
    else if (f === "assigneeId") body.assigneeId = draft.assigneeId;
    else body[f] = draft[f];
  }
  if (Object.keys(verdict).length) body.verdict = verdict;
  return body;
}

/** Whether two values of a draft field are the same for the user (server-side trimming aside). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a === "string" && typeof b === "string") return a.trim() === b.trim();
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}
