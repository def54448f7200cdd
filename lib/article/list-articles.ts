import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { parseInput } from "@/lib/errors/zod-to-app-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import { CLAIM_STATUSES } from "@/lib/claim/claim.types";
import { claimReadScope } from "@/lib/claim/claim-read-scope";
import { listArticlesQuerySchema, type ArticleListDto, type ClaimCounts } from "@/lib/article/article.types";
import { articleDtoInclude, toArticleMetadataDto } from "@/lib/article/article-dto";

const emptyCounts = (): ClaimCounts => ({ DRAFT: 0, IN_REVIEW: 0, CHANGES_REQUESTED: 0, APPROVED: 0, total: 0 });

/**
 * Articles, most recently updated first: search by title or publisher (`q`), filter to those
 * with a claim of `status`, with counts of claims by status. Exporters see only articles
 * with approved claims and counts of approved claims only (scoped in the queries).
 */
export async function listArticles(opts: { actor: Actor; query?: unknown }): Promise<ArticleListDto> {
  const { actor } = opts;
  assertCan(actor, "article.read");
  const query = parseInput(listArticlesQuerySchema, opts.query ?? {});
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 50;
  const scope = claimReadScope(actor);
  const claimFilter: Prisma.ClaimWhereInput | null =
    query.status || Object.keys(scope).length > 0 ? { AND: [scope, query.status ? { status: query.status } : {}] } : null;
  const where: Prisma.ArticleWhereInput = {
    ...(query.q
      ? { OR: [{ title: { contains: query.q, mode: "insensitive" } }, { publisher: { contains: query.q, mode: "insensitive" } }] }
      : {}),
    ...(claimFilter ? { claims: { some: claimFilter } } : {}),
  };
  const [total, rows] = await Promise.all([
    db.article.count({ where }),
    db.article.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      include: articleDtoInclude,
    }),
  ]);
  const groups = await db.claim.groupBy({
    by: ["articleId", "status"],
    where: { articleId: { in: rows.map((r) => r.id) }, ...scope },
    _count: { _all: true },
  });
  const counts = new Map<string, ClaimCounts>();
  for (const g of groups) {
    const c = counts.get(g.articleId) ?? emptyCounts();
    if ((CLAIM_STATUSES as readonly string[]).includes(g.status)) c[g.status] += g._count._all;
    c.total += g._count._all;
    counts.set(g.articleId, c);
  }
  return {
    items: rows.map((r) => ({ ...toArticleMetadataDto(r), claimCounts: counts.get(r.id) ?? emptyCounts() })),
    total,
    page,
    pageSize,
  };
}
