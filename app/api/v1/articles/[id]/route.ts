import { apiHandler } from "@/lib/http/api-handler";
import { getArticle } from "@/lib/article/get-article";
import { updateArticleMetadata } from "@/lib/article/update-article-metadata";

// GET /api/v1/articles/{id} → ArticleDto (metadata, current revision text, claims in text order)
export const GET = apiHandler<{ id: string }>(async ({ actor, params }) => getArticle({ actor, articleId: params.id }));

// PATCH /api/v1/articles/{id} { version, title?, sourceUrl?, publisher?, byline?, dateline?, publishedAt?, language? }
// → ArticleMetadataDto; 409 { currentVersion, article } when stale
export const PATCH = apiHandler<{ id: string }>(async ({ actor, params, json }) =>
  updateArticleMetadata({ actor, articleId: params.id, input: await json() }),
);
