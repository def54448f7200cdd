import { z } from "zod";
import { httpUrlSchema } from "@/lib/claim/explanation.types";
import { claimStatusSchema, type ClaimDto, type ClaimStatusValue, type PersonDto } from "@/lib/claim/claim.types";

/** Maximum canonical text size of one article (code units); the benchmark article is 100 kB. */
export const MAX_ARTICLE_TEXT = 1_000_000;

/** "YYYY-MM-DD" or a full ISO date-time; null clears it. */
const publishedAtSchema = z
  .string()
  .refine((v) => /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(v) && !Number.isNaN(Date.parse(v)), "must be a date YYYY-MM-DD or an ISO date-time")
  .nullable();

const metadataFields = {
  title: z.string().trim().min(1, "is required").max(500),
  sourceUrl: httpUrlSchema.nullable(),
  publisher: z.string().trim().max(200),
  byline: z.string().trim().max(500),
  dateline: z.string().trim().max(200),
  publishedAt: publishedAtSchema,
  language: z.string().trim().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "must be a language code such as en"),
};

/** POST /api/v1/articles: the (possibly edited) preview, saved as revision 1. */
export const createArticleInputSchema = z
  .object({
    title: metadataFields.title,
    text: z.string().max(MAX_ARTICLE_TEXT),
    sourceUrl: metadataFields.sourceUrl.optional(),
    publisher: metadataFields.publisher.nullable().optional(),
    byline: metadataFields.byline.nullable().optional(),
    dateline: metadataFields.dateline.nullable().optional(),
    publishedAt: metadataFields.publishedAt.optional(),
    language: metadataFields.language.nullable().optional(),
    /** sanitized HTML the text came from (kept for reference, never rendered unsanitized) */
    sourceHtml: z.string().max(5_000_000).nullable().optional(),
  })
  .strict();
export type CreateArticleInput = z.infer<typeof createArticleInputSchema>;

/** PATCH /api/v1/articles/{id}: metadata only (text changes are new revisions). */
export const updateArticleMetadataInputSchema = z
  .object({
    version: z.number().int().min(1).max(2_147_483_647),
    title: metadataFields.title.optional(),
    sourceUrl: metadataFields.sourceUrl.optional(),
    publisher: metadataFields.publisher.optional(),
    byline: metadataFields.byline.optional(),
    dateline: metadataFields.dateline.optional(),
    publishedAt: metadataFields.publishedAt.optional(),
    language: metadataFields.language.optional(),
  })
  .strict();
export type UpdateArticleMetadataInput = z.infer<typeof updateArticleMetadataInputSchema>;

/** POST /api/v1/articles/preview: pasted text/HTML or an uploaded file's content (read in the browser). */
export const previewImportInputSchema = z
  .object({
    kind: z.enum(["text", "html", "markdown"]),
    content: z.string().min(1, "is empty").max(5_000_000),
    filename: z.string().max(255).optional(),
  })
  .strict();
export type PreviewImportInput = z.infer<typeof previewImportInputSchema>;

/** POST /api/v1/articles/import-url: fetch and extract, without saving. */
export const importUrlInputSchema = z.object({ url: httpUrlSchema }).strict();
export type ImportUrlInput = z.infer<typeof importUrlInputSchema>;

/** GET /api/v1/articles query. */
export const listArticlesQuerySchema = z
  .object({
    q: z.string().trim().max(200).optional(),
    status: claimStatusSchema.optional(),
    page: z.coerce.number().int().min(1).max(10_000).optional(),
    pageSize: z.coerce.number().int().min(1).max(100).optional(),
  })
  .strict();
export type ListArticlesQuery = z.infer<typeof listArticlesQuerySchema>;

export type ClaimCounts = Record<ClaimStatusValue, number> & { total: number };

export type ArticleMetadataDto = {
  id: string;
  title: string;
  sourceUrl: string | null;
  canonicalUrl: string | null;
  publisher: string;
  byline: string;
  dateline: string;
  /** ISO date-time or null */
  publishedAt: string | null;
  language: string;
  version: number;
  createdBy: PersonDto;
  createdAt: string;
  updatedAt: string;
};

export type RevisionDto = { id: string; number: number; text: string; sha256: string; createdAt: string };

/** GET /api/v1/articles/{id}: claims are in text order (start, then end); exporters get approved claims only. */
export type ArticleDto = ArticleMetadataDto & { revision: RevisionDto; claims: ClaimDto[] };

export type ArticleListItemDto = ArticleMetadataDto & { claimCounts: ClaimCounts };

export type ArticleListDto = { items: ArticleListItemDto[]; total: number; page: number; pageSize: number };

/** The extracted article shown in the import preview, plus the article already saved from the same URL. */
export type ImportPreviewDto = {
  title: string;
  text: string;
  sanitizedHtml: string | null;
  byline: string | null;
  publisher: string | null;
  dateline: string | null;
  publishedAt: string | null;
  language: string | null;
  sourceUrl: string | null;
  warnings: string[];
  existingArticleId: string | null;
};
