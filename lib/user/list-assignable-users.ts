import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import type { PersonDto } from "@/lib/claim/claim.types";

/**
 * The people a claim can be assigned to: active fact-checkers, editors and admins (exporters
 * cannot edit claims, see assertAssignee), by name. Names only — no e-mail addresses leave
 * the admin pages. Capped, since the form shows them in a select.
 */
export async function listAssignableUsers(opts: { actor: Actor }): Promise<PersonDto[]> {
  assertCan(opts.actor, "claim.update");
  return db.user.findMany({
    where: { disabled: false, role: { in: ["FACT_CHECKER", "EDITOR", "ADMIN"] } },
    select: { id: true, name: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 500,
  });
}
