import { apiHandler } from "@/lib/http/api-handler";
import { listArticles } from "@/lib/article/list-articles";
import { createArticle } from "@/lib/article/create-article";

// GET /api/v1/articles?q=&status=&page=&pageSize= → { items, total, page, pageSize } (items carry claimCounts)
export const GET = apiHandler(async ({ actor, query }) => listArticles({ actor, query }));

// POST /api/v1/articles { title, text, sourceUrl?, publisher?, byline?, dateline?, publishedAt?, language?, sourceHtml? }
// → 201 ArticleDto; 409 { existingArticleId } when the URL was already imported
export const POST = apiHandler(async ({ actor, json }) => createArticle({ actor, input: await json() }), { status: 201 });
