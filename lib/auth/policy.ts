import type { Role } from "@/lib/generated/prisma/enums";
import type { Actor, TokenScope } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";

/**
 * Every action the app performs on behalf of someone, with the token scope a script needs for
 * it. State rules (e.g. an approved claim is locked) live with the state machine; this table
 * answers "may this role ever do this".
 */
export const ACTIONS = {
  "article.read": "read",
  "article.import": "write",
  "article.update": "write",
  "article.revise": "write",
  "claim.read": "read",
  "claim.readUnapproved": "read",
  "claim.create": "write",
  "claim.update": "write",
  "claim.delete": "write",
  "claim.submit": "write",
  "claim.approve": "write",
  "claim.requestChanges": "write",
  "claim.reopen": "write",
  "claim.proposeChange": "write",
  "source.write": "write",
  "comment.read": "read",
  "comment.create": "write",
  "suggestion.read": "read",
  "suggestion.dismiss": "write",
  "reviewQueue.read": "read",
  "dashboard.read": "read",
  "history.read": "read",
  "export.read": "export",
  "export.bulk": "export",
  "ratingScale.read": "read",
  "ratingScale.manage": "write",
  "settings.read": "read",
  "settings.manage": "write",
  "user.list": "read",
  "user.manage": "write",
  "audit.read": "read",
  "token.manageOwn": "write",
} as const satisfies Record<string, TokenScope>;

export type Action = keyof typeof ACTIONS;

const FACT_CHECKER: Action[] = [
  "article.read", "article.import", "article.update", "article.revise",
  "claim.read", "claim.readUnapproved", "claim.create", "claim.update", "claim.delete", "claim.submit",
  "claim.proposeChange", "source.write", "comment.read", "comment.create", "suggestion.read",
  "suggestion.dismiss", "history.read", "export.read", "export.bulk", "ratingScale.read", "token.manageOwn",
];
const EDITOR: Action[] = [
  ...FACT_CHECKER,
  "claim.approve", "claim.requestChanges", "claim.reopen", "reviewQueue.read", "dashboard.read",
];
const EXPORTER: Action[] = [
  "article.read", "claim.read", "export.read", "export.bulk", "ratingScale.read", "token.manageOwn",
];
const ADMIN: Action[] = [
  ...EDITOR,
  "ratingScale.manage", "settings.read", "settings.manage", "user.list", "user.manage", "audit.read",
];

export const ROLE_ACTIONS: Record<Role, ReadonlySet<Action>> = {
  FACT_CHECKER: new Set(FACT_CHECKER),
  EDITOR: new Set(EDITOR),
  EXPORTER: new Set(EXPORTER),
  ADMIN: new Set(ADMIN),
};

/** Whether `actor` may perform `action`: the role allows it and, for tokens, the scope covers it. */
export function can(actor: Pick<Actor, "role" | "scopes"> | null | undefined, action: Action): boolean {
  if (!actor) return false;
  if (!ROLE_ACTIONS[actor.role].has(action)) return false;
  if (actor.scopes) {
    const needed = ACTIONS[action];
    // "write" implies "read"; "export" implies "read" of what it exports
    if (needed === "read") return actor.scopes.length > 0;
    return actor.scopes.includes(needed);
  }
  return true;
}

/** Throws UNAUTHENTICATED without an actor, FORBIDDEN when the policy refuses. */
export function assertCan(actor: Actor | null | undefined, action: Action): asserts actor is Actor {
  if (!actor) throw new AppError("UNAUTHENTICATED", "Sign in to continue");
  if (!can(actor, action)) {
    const viaToken = actor.scopes ? ` with a token scoped ${actor.scopes.join(", ") || "(none)"}` : "";
    throw new AppError("FORBIDDEN", `A ${roleLabel(actor.role)}${viaToken} cannot ${action}`);
  }
}

export function roleLabel(role: Role): string {
  return { FACT_CHECKER: "fact-checker", EDITOR: "editor", EXPORTER: "exporter", ADMIN: "admin" }[role];
}
