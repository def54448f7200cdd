import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The part of an article query's `where` that limits what `actor` may read: roles that may
 * not read unapproved claims (exporters) see only articles with at least one approved claim.
 */
export function articleReadScope(actor: Actor): Prisma.ArticleWhereInput {
  return can(actor, "claim.readUnapproved") ? {} : { claims: { some: { status: "APPROVED" } } };
}
