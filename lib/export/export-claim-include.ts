import type { Prisma } from "@/lib/generated/prisma/client";

const person = { select: { id: true, name: true } } as const;

/**
 * The relations an exported claim is built from. Prisma loads each relation with one
 * query for the whole batch of claims, so a batch costs a fixed handful of queries
 * however many claims it holds.
 */
export const exportClaimInclude = {
  assignee: person,
  approvedBy: person,
  verdict: { include: { rating: { select: { key: true, label: true, value: true, position: true } } } },
  sources: { orderBy: [{ position: "asc" }, { createdAt: "asc" }] },
  // the latest decision carries the note; approval itself is on the claim row
  reviews: { orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 1, select: { note: true } },
} satisfies Prisma.ClaimInclude;

export type ExportClaimRow = Prisma.ClaimGetPayload<{ include: typeof exportClaimInclude }>;

/** The article columns an export needs (no creator, no counters). */
export const exportArticleSelect = {
  id: true,
  title: true,
  sourceUrl: true,
  publisher: true,
  byline: true,
  dateline: true,
  publishedAt: true,
  language: true,
  currentRevisionNo: true,
} satisfies Prisma.ArticleSelect;

export type ExportArticleRow = Prisma.ArticleGetPayload<{ select: typeof exportArticleSelect }>;

export type ExportRevisionRow = { articleId: string; number: number; text: string; sha256: string; createdAt: Date };

export type ExportScaleRow = { key: string; label: string; value: number | null; position: number; retired: boolean };
