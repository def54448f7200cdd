import type { Prisma } from "@/lib/generated/prisma/client";
import type { ArticleMetadataDto } from "@/lib/article/article.types";

export const articleDtoInclude = { createdBy: { select: { id: true, name: true } } } satisfies Prisma.ArticleInclude;
export type ArticleWithCreator = Prisma.ArticleGetPayload<{ include: typeof articleDtoInclude }>;

/** Maps an article row to its metadata in the API shape. */
export function toArticleMetadataDto(a: ArticleWithCreator): ArticleMetadataDto {
  return {
    id: a.id,
    title: a.title,
    sourceUrl: a.sourceUrl,
    canonicalUrl: a.canonicalUrl,
    publisher: a.publisher,
    byline: a.byline,
    dateline: a.dateline,
    publishedAt: a.publishedAt?.toISOString() ?? null,
    language: a.language,
    version: a.version,
    createdBy: a.createdBy,
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
  };
}
