import { z } from "zod";

/** Newsroom settings an admin can change; defaults apply until a value is stored. */
export const settingsSchema = z
  .object({
    minSources: z.number().int().min(1).max(10),
    allowSelfApproval: z.boolean(),
    allowPrivateUrlImport: z.boolean(),
    newsroomName: z.string().trim().min(1).max(200),
    newsroomUrl: z.string().url().max(2000).regex(/^https?:\/\//i, "must be an http(s) URL"),
    /** when set, ClaimReview `url` is `${publicationBaseUrl}#claim-<id>`-style instead of the article URL */
    publicationBaseUrl: z.string().url().max(2000).regex(/^https?:\/\//i, "must be an http(s) URL").nullable(),
  })
  .strict();

export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  minSources: 1,
  allowSelfApproval: false,
  allowPrivateUrlImport: false,
  newsroomName: "Factmark Newsroom",
  newsroomUrl: "https://factmark.example",
  publicationBaseUrl: null,
};

export const updateSettingsSchema = settingsSchema.partial().strict();
export type UpdateSettingsInput = z.infer<typeof updateSettingsSchema>;
