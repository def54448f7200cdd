import { describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db";
import { createTestArticle, createTestUser } from "./helpers/create-test-data";

describe("integration harness", () => {
  it("gives workers the migrated test database through process.env.DATABASE_URL (lib/db)", async () => {
    expect(process.env.DATABASE_URL).toBe(inject("databaseUrl"));
    const user = await createTestUser("EDITOR");
    const article = await createTestArticle(user.id);
    const found = await db.article.findUniqueOrThrow({ where: { id: article.id }, include: { revisions: true } });
    expect(found.revisions).toHaveLength(1);
    expect(found.createdById).toBe(user.id);
  });
});
