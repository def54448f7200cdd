// Quick, unique test rows for integration tests (files share one database and run in parallel).
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";

/** A unique suffix for names and emails. */
export function uniqueSuffix(): string {
  return randomUUID().slice(0, 8);
}

/** Creates an enabled user with `role` and no password (tests act as it directly). */
export async function createTestUser(role: Role = "FACT_CHECKER") {
  const suffix = uniqueSuffix();
  return db.user.create({
    data: { email: `${role.toLowerCase()}-${suffix}@test.factmark`, name: `Test ${role} ${suffix}`, role },
  });
}

/** Creates an article with revision 1 holding `text`, created by `createdById`. */
export async function createTestArticle(createdById: string, text = "A test article.\n\nIt has two paragraphs.") {
  const { createHash } = await import("node:crypto");
  const sha256 = createHash("sha256").update(text).digest("hex");
  return db.article.create({
    data: {
      title: `Test article ${uniqueSuffix()}`,
      createdById,
      revisions: { create: { number: 1, text, sha256, createdById } },
    },
    include: { revisions: true },
  });
}
