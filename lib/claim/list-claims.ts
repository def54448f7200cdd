import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { notFound } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/zod-to-app-error";
import { z } from "zod";
import { claimStatusSchema, type ClaimDto } from "@/lib/claim/claim.types";
import { claimDtoInclude, toClaimDto } from "@/lib/claim/claim-dto";
import { claimReadScope } from "@/lib/claim/claim-read-scope";
import { articleReadScope } from "@/lib/article/article-read-scope";

export const listClaimsQuerySchema = z.object({ status: claimStatusSchema.optional() }).strict();

/**
 * The claims of one article in text order (start, then end, then creation), optionally of
 * one status. Exporters get approved claims only (scoped in the query).
 */
export async function listClaims(opts: { actor: Actor; articleId: string; query?: unknown }): Promise<ClaimDto[]> {
  const { actor, articleId } = opts;
  assertCan(actor, "claim.read");
  const query = parseInput(listClaimsQuerySchema, opts.query ?? {});
  const article = await db.article.findFirst({ where: { id: articleId, ...articleReadScope(actor) }, select: { id: true } });
  if (!article) throw notFound("Article");
  const claims = await db.claim.findMany({
    where: { articleId, ...(query.status ? { status: query.status } : {}), AND: [claimReadScope(actor)] },
    orderBy: [{ start: "asc" }, { end: "asc" }, { createdAt: "asc" }],
    include: claimDtoInclude,
  });
  return claims.map(toClaimDto);
}
