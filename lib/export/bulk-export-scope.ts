import type { Actor } from "@/lib/auth/actor";
import { articleReadScope } from "@/lib/article/article-read-scope";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ExportStatus } from "./export-query.types";
import { exportClaimWhere } from "./resolve-export-status";

/**
 * The articles a bulk export holds: readable by the actor; with `status=approved`, only
 * those with an approved claim (an article with nothing approved has nothing to publish);
 * with `since`, only those whose metadata or one of whose exported claims changed since.
 */
export function bulkExportArticleWhere(actor: Actor, status: ExportStatus, since?: Date): Prisma.ArticleWhereInput {
  const claimWhere = exportClaimWhere(actor, status);
  const and: Prisma.ArticleWhereInput[] = [articleReadScope(actor)];
  if (status === "approved") and.push({ claims: { some: claimWhere } });
  if (since) {
    and.push({ OR: [{ updatedAt: { gte: since } }, { claims: { some: { AND: [claimWhere, { updatedAt: { gte: since } }] } } }] });
  }
  return { AND: and };
}
