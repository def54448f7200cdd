import type { AnchorOutcome, ClaimKind, ClaimStatus, SourceKind } from "@/lib/generated/prisma/enums";

/** Version tag of the native export; bump the suffix on any breaking change to the shape. */
export const ANNOTATED_ARTICLE_SCHEMA = "factmark.annotated-article/1" as const;

/** Stable URL of the JSON Schema describing {@link AnnotatedArticle} (also its `$id`). */
export const ANNOTATED_ARTICLE_SCHEMA_URL = "https://factmark.app/schemas/annotated-article-1.json";

/** ISO 8601 date-time in UTC, e.g. "2025-08-01T09:30:00.000Z" (`Date#toISOString()`). */
export type IsoDateTime = string;
/** Calendar date "YYYY-MM-DD". */
export type IsoDate = string;

/** A user as exports name them: never an e-mail address. */
export type ExportPerson = { id: string; name: string };

export type ExportRatingScaleEntry = {
  key: string;
  label: string;
  /** numeric ClaimReview value; null for ratings off the scale (e.g. "Unverifiable") */
  value: number | null;
  position: number;
};

export type ExportRating = { key: string; label: string; value: number | null };

export type ExportVerdict = {
  rating: ExportRating | null;
  summary: string;
  /** the tiptap explanation rendered to HTML; untrusted — every renderer re-sanitizes it */
  explanationHtml: string;
  explanationText: string;
};

export type ExportSource = {
  id: string;
  url: string;
  title: string;
  publisher: string;
  quote: string;
  accessedAt: IsoDate;
  kind: SourceKind;
  archiveUrl: string | null;
};

export type ExportReview = {
  approvedBy: ExportPerson | null;
  approvedAt: IsoDateTime | null;
  /** note of the latest review decision, "" when none */
  note: string;
};

/** W3C selectors of the claim on `article.revision`; start/end count Unicode code points. */
export type ExportSelector = { exact: string; prefix: string; suffix: string; start: number; end: number };

export type ExportClaim = {
  id: string;
  status: ClaimStatus;
  kind: ClaimKind;
  selector: ExportSelector;
  anchor: { outcome: AnchorOutcome; score: number | null };
  statement: string;
  claimant: string;
  assignee: ExportPerson | null;
  verdict: ExportVerdict | null;
  /** in the claim's source order (Source.position) */
  sources: ExportSource[];
  review: ExportReview | null;
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
};

export type ExportArticle = {
  id: string;
  title: string;
  sourceUrl: string | null;
  publisher: string;
  byline: string;
  dateline: string;
  publishedAt: IsoDateTime | null;
  language: string;
  revision: { number: number; sha256: string; text: string; createdAt: IsoDateTime };
};

export type ExportRatingScale = {
  /** every entry a claim in this export uses, plus the active scale, by position */
  entries: ExportRatingScaleEntry[];
  /** highest / lowest non-null value on the scale; null when no entry has a value */
  bestRating: number | null;
  worstRating: number | null;
};

/**
 * Factmark's native export of one article with its claims. This object *is* the `json`
 * format (schema "factmark.annotated-article/1", JSON Schema in
 * lib/export/schema/annotated-article-1.json) and the input of every other converter.
 * Claims are ordered by selector start, then end, then id.
 */
export type AnnotatedArticle = {
  schema: typeof ANNOTATED_ARTICLE_SCHEMA;
  exportedAt: IsoDateTime;
  article: ExportArticle;
  ratingScale: ExportRatingScale;
  claims: ExportClaim[];
};

/** Newsroom settings the converters need beyond the article itself. */
export type ExportContext = {
  /** ClaimReview author, W3C creator fallback, HTML footer */
  newsroomName: string;
  newsroomUrl: string;
  /** where the newsroom publishes its fact-checks; ClaimReview url = this + "#claim-<id>" when set */
  publicationBaseUrl: string | null;
  /** absolute origin of this Factmark instance, no trailing slash, e.g. "https://factmark.example.org" */
  appBaseUrl: string;
};

export type ExportFormat = "json" | "w3c" | "claimreview" | "html" | "csv" | "ndjson";
