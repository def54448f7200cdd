// Shared setup of the workspace integration tests: users as actors, articles made through the real operation.
import type { Actor } from "@/lib/auth/actor";
import type { Role } from "@/lib/generated/prisma/enums";
import { createArticle } from "@/lib/article/create-article";
import { AppError } from "@/lib/errors/app-error";
import { createTestUser, uniqueSuffix } from "../helpers/create-test-data";

/** A new user of `role`, as the actor operations take. */
export async function createActor(role: Role = "FACT_CHECKER"): Promise<Actor> {
  const u = await createTestUser(role);
  return { id: u.id, email: u.email, name: u.name, role: u.role, via: "session" };
}

/** An article with `text` saved through createArticle. */
export async function createArticleWithText(actor: Actor, text: string, extra: Record<string, unknown> = {}) {
  return createArticle({ actor, input: { title: `Workspace ${uniqueSuffix()}`, text, ...extra } });
}

/** Runs `fn`, expecting it to throw an AppError; returns it for assertions. */
export async function expectAppError(fn: () => Promise<unknown>): Promise<AppError> {
  try {
    await fn();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error("expected an AppError, nothing was thrown");
}

export const ISS_TEXT =
  "Russia's space agency said on Tuesday it would build its own station.\n\n" +
  "The ISS, which has cost more than $100 billion, has been in orbit since 1998. " +
  "A 25-year-old engineer said the partnership has been strained since 2018.";
