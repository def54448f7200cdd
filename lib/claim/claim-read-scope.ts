import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The part of a claim query's `where` that limits what `actor` may read: roles without
 * "claim.readUnapproved" (exporters, read-only tokens of them) see approved claims only.
 * Part of the query, so a missed check elsewhere cannot leak a draft.
 */
export function claimReadScope(actor: Actor): Prisma.ClaimWhereInput {
  return can(actor, "claim.readUnapproved") ? {} : { status: "APPROVED" };
}
