// Helpers for the review integration tests: actors and claims in a given state.
import { db } from "@/lib/db";
import { DEFAULT_RATING_SCALE } from "@/lib/rating-scale/default-scale";
import type { Actor } from "@/lib/auth/actor";
import type { ClaimStatus, Role } from "@/lib/generated/prisma/enums";
import { createTestArticle, createTestUser, uniqueSuffix } from "../helpers/create-test-data";

export async function createActor(role: Role): Promise<Actor> {
  const u = await createTestUser(role);
  return { id: u.id, email: u.email, name: u.name, role: u.role, via: "session" };
}

/**
 * A rating entry of its own, so tests never depend on the shared scale. The default scale is
 * put in first: the app only seeds it into an EMPTY table, and other test files rely on it.
 */
export async function createTestRating() {
  await ensureDefaultScale();
  return db.ratingScaleEntry.create({ data: newRatingData() });
}

function newRatingData() {
  const key = `test-${uniqueSuffix()}`;
  return { key, label: `Test ${key}`, position: 900, value: 3 };
}

async function ensureDefaultScale() {
  await db.ratingScaleEntry.createMany({
    data: DEFAULT_RATING_SCALE.map((e, position) => ({ ...e, value: e.value ?? null, position })),
    skipDuplicates: true,
  });
}

/**
 * A claim on a fresh article. `complete` gives it a statement, a rated verdict with a summary
 * and one source, so it can be submitted; `status` puts it straight into that state.
 */
export async function createTestClaim(creator: Actor, opts: { complete?: boolean; status?: ClaimStatus; assigneeId?: string } = {}) {
  const article = await createTestArticle(creator.id, "The ISS is a 25-year-old totem of scientific diplomacy.");
  const rev = article.revisions[0]!;
  if (opts.complete) await ensureDefaultScale();
  return db.claim.create({
    data: {
      articleId: article.id,
      revisionId: rev.id,
      exact: "25-year-old",
      prefix: "The ISS is a ",
      suffix: " totem",
      start: 13,
      end: 24,
      createdById: creator.id,
      assigneeId: opts.assigneeId ?? null,
      status: opts.status ?? "DRAFT",
      statement: opts.complete ? "The ISS has been in orbit for 25 years" : "",
      ...(opts.complete
        ? {
            // the rating is created with the verdict in one statement, so it is never seen unused
            verdict: { create: { rating: { create: newRatingData() }, summary: "First module launched in 1998.", explanationText: "" } },
            sources: { create: [{ position: 0, url: "https://www.nasa.gov/iss-facts", title: "ISS facts", createdById: creator.id }] },
          }
        : {}),
    },
  });
}

/** The error a promise rejects with (fails the test when it resolves). */
export async function errorOf(p: Promise<unknown>): Promise<{ code?: string; fields?: Record<string, string>; message: string; details?: Record<string, unknown> }> {
  try {
    await p;
  } catch (e) {
    return e as { code?: string; message: string };
  }
  throw new Error("expected the operation to be refused");
}

/** Status, version and how many reviews and audit events a claim has — "nothing changed" checks. */
export async function claimState(id: string) {
  const [claim, reviews, events] = await Promise.all([
    db.claim.findUniqueOrThrow({ where: { id } }),
    db.review.count({ where: { claimId: id } }),
    db.auditEvent.count({ where: { claimId: id } }),
  ]);
  return { status: claim.status, version: claim.version, reviews, events };
}
