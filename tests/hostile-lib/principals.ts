import { request as pwRequest, type APIRequestContext } from "@playwright/test";
import { createUser, signInOverHttp, type Role, type TestUser } from "../e2e/fixtures";

/** Everyone the authorization table asks about. */
export const PRINCIPALS = ["anonymous", "factChecker", "editor", "exporter", "admin", "readToken", "revokedToken"] as const;
export type Principal = (typeof PRINCIPALS)[number];

const ROLE_OF: Partial<Record<Principal, Role>> = { factChecker: "FACT_CHECKER", editor: "EDITOR", exporter: "EXPORTER", admin: "ADMIN" };

export type PrincipalSet = {
  ctx: Record<Principal, APIRequestContext>;
  /** the user behind each session or token (tokens belong to `tokenOwner`, an admin) */
  user: Partial<Record<Principal, TestUser>>;
  tokenOwner: TestUser;
  tokenOwnerCtx: APIRequestContext;
  dispose: () => Promise<void>;
};

/** A signed-in API context for a fresh user of `role`. */
export async function sessionContext(baseURL: string, role: Role): Promise<{ ctx: APIRequestContext; user: TestUser }> {
  const user = await createUser(role);
  const ctx = await pwRequest.newContext({ baseURL });
  await signInOverHttp(ctx, user.email, user.password);
  return { ctx, user };
}

/** Creates an API token over HTTP as the signed-in `ctx`; returns the secret and its id. */
export async function createToken(ctx: APIRequestContext, scopes: string[], name = "hostile"): Promise<{ token: string; id: string }> {
  const res = await ctx.post("/api/v1/tokens", { data: { name, scopes } });
  if (res.status() !== 201) throw new Error(`token create failed: ${res.status()} ${await res.text()}`);
  const body = (await res.json()) as { token: string; apiToken: { id: string } };
  return { token: body.token, id: body.apiToken.id };
}

/**
 * Fresh users for every principal. The tokens belong to an ADMIN, so a 2xx through the read
 * token can only come from a missing scope check, never from the role.
 */
export async function createPrincipals(baseURL: string): Promise<PrincipalSet> {
  const ctx = {} as Record<Principal, APIRequestContext>;
  const user: PrincipalSet["user"] = {};
  await Promise.all(
    (Object.keys(ROLE_OF) as Principal[]).map(async (p) => {
      const s = await sessionContext(baseURL, ROLE_OF[p]!);
      ctx[p] = s.ctx;
      user[p] = s.user;
    }),
  );
  ctx.anonymous = await pwRequest.newContext({ baseURL });
  const owner = await sessionContext(baseURL, "ADMIN");
  const read = await createToken(owner.ctx, ["read"], "read only");
  const revoked = await createToken(owner.ctx, ["read", "write", "export"], "revoked");
  const del = await owner.ctx.delete(`/api/v1/tokens/${revoked.id}`);
  if (!del.ok()) throw new Error(`token revoke failed: ${del.status()}`);
  ctx.readToken = await pwRequest.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${read.token}` } });
  ctx.revokedToken = await pwRequest.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${revoked.token}` } });
  return {
    ctx,
    user,
    tokenOwner: owner.user,
    tokenOwnerCtx: owner.ctx,
    dispose: async () => {
      await Promise.all([...Object.values(ctx), owner.ctx].map((c) => c.dispose()));
    },
  };
}
