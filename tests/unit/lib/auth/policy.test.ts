import { describe, expect, it } from "vitest";
import { ACTIONS, assertCan, can, type Action } from "@/lib/auth/policy";
import type { Actor, TokenScope } from "@/lib/auth/actor";
import type { Role } from "@/lib/generated/prisma/enums";

// The policy written out by hand: F = fact-checker, E = editor, X = exporter, A = admin.
// A letter present means allowed. Changing the policy means changing this table on purpose.
const TABLE: Record<Action, string> = {
  "article.read": "FEXA",
  "article.import": "FEA",
  "article.update": "FEA",
  "article.revise": "FEA",
  "claim.read": "FEXA",
  "claim.readUnapproved": "FEA",
  "claim.create": "FEA",
  "claim.update": "FEA",
  "claim.delete": "FEA",
  "claim.submit": "FEA",
  "claim.approve": "EA",
  "claim.requestChanges": "EA",
  "claim.reopen": "EA",
  "claim.proposeChange": "FEA",
  "source.write": "FEA",
  "comment.read": "FEA",
  "comment.create": "FEA",
  "suggestion.read": "FEA",
  "suggestion.dismiss": "FEA",
  "reviewQueue.read": "EA",
  "dashboard.read": "EA",
  "history.read": "FEA",
  "export.read": "FEXA",
  "export.bulk": "FEXA",
  "ratingScale.read": "FEXA",
  "ratingScale.manage": "A",
  "settings.read": "A",
  "settings.manage": "A",
  "user.list": "A",
  "user.manage": "A",
  "audit.read": "A",
  "token.manageOwn": "FEXA",
};

const LETTER: Record<Role, string> = { FACT_CHECKER: "F", EDITOR: "E", EXPORTER: "X", ADMIN: "A" };
const ROLES = Object.keys(LETTER) as Role[];

function actor(role: Role, scopes?: TokenScope[]): Actor {
  return { id: "u1", email: "u@example.test", name: "U", role, via: scopes ? "token" : "session", scopes };
}

describe("policy table: every role × every action (session)", () => {
  it("the table names every action the policy knows", () => {
    expect(Object.keys(TABLE).sort()).toEqual(Object.keys(ACTIONS).sort());
  });
  const cases = ROLES.flatMap((role) =>
    (Object.keys(TABLE) as Action[]).map((action) => ({ role, action, allowed: TABLE[action].includes(LETTER[role]) })),
  );
  it.each(cases)("$role $action → allowed=$allowed", ({ role, action, allowed }) => {
    expect(can(actor(role), action)).toBe(allowed);
    if (allowed) expect(() => assertCan(actor(role), action)).not.toThrow();
    else expect(() => assertCan(actor(role), action)).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
  });
});

describe("token scopes narrow the role", () => {
  const scopeSets: TokenScope[][] = [[], ["read"], ["export"], ["write"], ["read", "export", "write"]];
  const cases = ROLES.flatMap((role) =>
    scopeSets.flatMap((scopes) =>
      (Object.keys(TABLE) as Action[]).map((action) => {
        const roleAllows = TABLE[action].includes(LETTER[role]);
        const need = ACTIONS[action];
        // read needs any scope; export and write need exactly that scope
        const scopeAllows = need === "read" ? scopes.length > 0 : scopes.includes(need);
        return { role, scopes: scopes.join("+") || "none", list: scopes, action, allowed: roleAllows && scopeAllows };
      }),
    ),
  );
  it.each(cases)("$role token[$scopes] $action → allowed=$allowed", ({ role, list, action, allowed }) => {
    expect(can(actor(role, list), action)).toBe(allowed);
  });

  it("a read-only token cannot approve even for an admin, and says so", () => {
    expect(() => assertCan(actor("ADMIN", ["read"]), "claim.approve")).toThrow(/token scoped read/);
  });
  it("an export token can export but not write", () => {
    expect(can(actor("EXPORTER", ["export"]), "export.bulk")).toBe(true);
    expect(can(actor("FACT_CHECKER", ["export"]), "claim.update")).toBe(false);
  });
});

describe("no actor", () => {
  it("is never allowed and assertCan says to sign in", () => {
    expect(can(null, "article.read")).toBe(false);
    expect(() => assertCan(null, "article.read")).toThrow(expect.objectContaining({ code: "UNAUTHENTICATED" }));
  });
});
