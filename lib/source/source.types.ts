import { z } from "zod";
import { httpUrlSchema } from "@/lib/claim/explanation.types";

import { SOURCE_KINDS, type SourceKindValue } from "@/lib/source/source-values";

export { SOURCE_KINDS, type SourceKindValue } from "@/lib/source/source-values";
export const sourceKindSchema = z.enum(SOURCE_KINDS);

/** Calendar date "YYYY-MM-DD" that exists. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date YYYY-MM-DD")
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), "is not a real date");

const sourceFields = {
  url: httpUrlSchema,
  title: z.string().trim().max(500),
  publisher: z.string().trim().max(200),
  quote: z.string().trim().max(5000),
  /** defaults to today (UTC) */
  accessedAt: isoDateSchema,
  kind: sourceKindSchema,
  /** e.g. a Wayback Machine copy; http(s) only; null or "" clears it */
  archiveUrl: z.union([httpUrlSchema, z.literal("")]).nullable(),
};

/** POST /api/v1/claims/{id}/sources */
export const createSourceInputSchema = z
  .object({
    url: sourceFields.url,
    title: sourceFields.title.optional(),
    publisher: sourceFields.publisher.optional(),
    quote: sourceFields.quote.optional(),
    accessedAt: sourceFields.accessedAt.optional(),
    kind: sourceFields.kind.optional(),
    archiveUrl: sourceFields.archiveUrl.optional(),
  })
  .strict();
export type CreateSourceInput = z.infer<typeof createSourceInputSchema>;

/** PATCH /api/v1/sources/{id}: `version` is the SOURCE's version the edit was based on. */
export const updateSourceInputSchema = z
  .object({
    version: z.number().int().min(1).max(2_147_483_647),
    url: sourceFields.url.optional(),
    title: sourceFields.title.optional(),
    publisher: sourceFields.publisher.optional(),
    quote: sourceFields.quote.optional(),
    accessedAt: sourceFields.accessedAt.optional(),
    kind: sourceFields.kind.optional(),
    archiveUrl: sourceFields.archiveUrl.optional(),
  })
  .strict();
export type UpdateSourceInput = z.infer<typeof updateSourceInputSchema>;

/** POST /api/v1/claims/{id}/sources/reorder: every source id of the claim, in the new order. */
export const reorderSourcesInputSchema = z
  .object({
    sourceIds: z
      .array(z.string().min(1).max(100))
      .max(200)
      .refine((ids) => new Set(ids).size === ids.length, "lists a source more than once"),
  })
  .strict();
export type ReorderSourcesInput = z.infer<typeof reorderSourcesInputSchema>;

export type SourceDto = {
  id: string;
  claimId: string;
  position: number;
  url: string;
  title: string;
  publisher: string;
  quote: string;
  /** "YYYY-MM-DD" */
  accessedAt: string;
  kind: SourceKindValue;
  archiveUrl: string | null;
  version: number;
  createdBy: { id: string; name: string };
  createdAt: string;
  updatedAt: string;
};
