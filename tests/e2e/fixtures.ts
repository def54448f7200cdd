import { test as base, expect, type APIRequestContext, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { randomUUID } from "node:crypto";
import bcrypt from "bcryptjs";
import pg from "pg";

export type Role = "FACT_CHECKER" | "EDITOR" | "EXPORTER" | "ADMIN";
export type TestUser = { id: string; email: string; name: string; role: Role; password: string };

export const DEMO_PASSWORD = "factmark-demo";
export const DEMO_EMAILS: Record<Role, string> = {
  FACT_CHECKER: "fact-checker@factmark.test",
  EDITOR: "editor@factmark.test",
  EXPORTER: "exporter@factmark.test",
  ADMIN: "admin@factmark.test",
};

let pool: pg.Pool | undefined;
/** Direct database access for fixtures (creating users); tests assert through the app. */
export function testDb(): pg.Pool {
  pool ??= new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
  return pool;
}

const HASH = bcrypt.hashSync("e2e-password-123", 4);

/** Creates a uniquely named user so tests can run in parallel without wiping the database. */
export async function createUser(role: Role, name?: string): Promise<TestUser> {
  const id = `e2e${randomUUID().replace(/-/g, "")}`;
  const email = `${role.toLowerCase()}-${id.slice(3, 15)}@e2e.test`;
  const displayName = name ?? `${role.replace("_", " ").toLowerCase()} ${id.slice(3, 8)}`;
  await testDb().query(
    `INSERT INTO "User" (id, email, name, "passwordHash", role, "updatedAt") VALUES ($1, $2, $3, $4, $5, now())`,
    [id, email, displayName, HASH, role],
  );
  return { id, email, name: displayName, role, password: "e2e-password-123" };
}

/** Signs in over HTTP (csrf + credentials callback); the cookies land in `request`'s context. */
export async function signInOverHttp(request: APIRequestContext, email: string, password: string): Promise<void> {
  const csrf = await request.get("/api/auth/csrf");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true" },
    maxRedirects: 0,
  });
  if (res.status() >= 400) throw new Error(`sign-in failed: ${res.status()}`);
  const session = await (await request.get("/api/auth/session")).json();
  if (!session?.user) throw new Error(`sign-in failed for ${email}`);
}

/** A new browser context signed in as a fresh user of `role` (or the given user). */
export async function signedInContext(browser: Browser, role: Role, user?: TestUser): Promise<{ context: BrowserContext; page: Page; user: TestUser }> {
  const u = user ?? (await createUser(role));
  const context = await browser.newContext({ baseURL: base.info().project.use.baseURL });
  await signInOverHttp(context.request, u.email, u.password);
  const page = await context.newPage();
  return { context, page, user: u };
}

/** Creates an article through the API as the signed-in user of `request`. */
export async function createArticle(request: APIRequestContext, text: string, title = `E2E article ${randomUUID().slice(0, 8)}`): Promise<{ id: string }> {
  const res = await request.post("/api/v1/articles", { data: { title, text } });
  if (!res.ok()) throw new Error(`create article failed: ${res.status()} ${await res.text()}`);
  const body = (await res.json()) as { id?: string; article?: { id: string } };
  return { id: body.id ?? body.article!.id };
}

type Fixtures = {
  /** a page signed in as a fresh fact-checker */
  checkerPage: Page;
  checker: TestUser;
  /** sign a fresh context in as any role */
  asRole: (role: Role) => Promise<{ context: BrowserContext; page: Page; user: TestUser }>;
};

export const test = base.extend<Fixtures>({
  checker: async ({}, use) => {
    await use(await createUser("FACT_CHECKER"));
  },
  checkerPage: async ({ page, checker }, use) => {
    await signInOverHttp(page.context().request, checker.email, checker.password);
    await use(page);
  },
  asRole: async ({ browser }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async (role) => {
      const r = await signedInContext(browser, role);
      contexts.push(r.context);
      return r;
    });
    for (const c of contexts) await c.close();
  },
});

export { expect };
