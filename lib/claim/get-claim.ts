import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { notFound } from "@/lib/errors/app-error";
import type { ClaimDto } from "@/lib/claim/claim.types";
import { claimDtoInclude, toClaimDto } from "@/lib/claim/claim-dto";
import { claimReadScope } from "@/lib/claim/claim-read-scope";

/** One claim with verdict, sources and last review. An unapproved claim is NOT_FOUND for exporters. */
export async function getClaim(opts: { actor: Actor; claimId: string }): Promise<ClaimDto> {
  const { actor, claimId } = opts;
  assertCan(actor, "claim.read");
  const claim = await db.claim.findFirst({ where: { id: claimId, ...claimReadScope(actor) }, include: claimDtoInclude });
  if (!claim) throw notFound("Claim");
  return toClaimDto(claim);
}
