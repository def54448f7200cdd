import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { claimReadScope } from "@/lib/claim/claim-read-scope";
import { AppError } from "@/lib/errors/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ExportStatus } from "./export-query.types";

/**
 * Which claims an export holds: exporters (no "claim.readUnapproved") get approved claims
 * only and are refused `status=all`; everyone else defaults to `all`.
 */
export function resolveExportStatus(actor: Actor, requested: ExportStatus | undefined): ExportStatus {
  const mayReadUnapproved = can(actor, "claim.readUnapproved");
  if (requested === "all" && !mayReadUnapproved) {
    throw new AppError("FORBIDDEN", "Your role exports approved claims only", { fields: { status: "must be approved for your role" } });
  }
  return requested ?? (mayReadUnapproved ? "all" : "approved");
}

/** The claim `where` of an export: the status choice AND the actor's read scope (never one without the other). */
export function exportClaimWhere(actor: Actor, status: ExportStatus): Prisma.ClaimWhereInput {
  return { AND: [claimReadScope(actor), status === "approved" ? { status: "APPROVED" } : {}] };
}
