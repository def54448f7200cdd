import { z } from "zod";

const noteSchema = z.string().trim().max(5000);

/** POST /claims/{id}/submit — `version` optional: when given, a stale version is a 409. */
export const submitClaimSchema = z.object({ version: z.number().int().min(1).max(2_147_483_647).optional() }).strict();

/** POST /claims/{id}/approve — the version the editor reviewed is required. */
export const approveClaimSchema = z
  .object({ version: z.number().int().min(1).max(2_147_483_647), note: noteSchema.optional() })
  .strict();
export type ApproveClaimInput = z.infer<typeof approveClaimSchema>;

/** POST /claims/{id}/request-changes — the note tells the fact-checker what to fix. */
export const requestChangesSchema = z
  .object({
    note: z.string({ error: "is required: tell the fact-checker what to change" }).trim().min(1, "is required: tell the fact-checker what to change").max(5000),
    version: z.number().int().min(1).max(2_147_483_647).optional(),
  })
  .strict();
export type RequestChangesInput = z.infer<typeof requestChangesSchema>;

/** POST /claims/{id}/reopen and /propose-change — an optional reason. */
export const reopenClaimSchema = z
  .object({ note: noteSchema.optional(), version: z.number().int().min(1).max(2_147_483_647).optional() })
  .strict();
export type ReopenClaimInput = z.infer<typeof reopenClaimSchema>;
