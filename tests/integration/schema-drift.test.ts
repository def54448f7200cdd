import { describe, expect, inject, it } from "vitest";
import { diffDatabaseToSchema } from "../../scripts/lib/diff-schema";

describe("migrations and schema.prisma", () => {
  it("agree: the migrated test database needs no change to match the schema", async () => {
    // The global setup applied prisma/migrations to this database.
    const drift = await diffDatabaseToSchema(inject("databaseUrl"));
    expect(drift, "run `npm run db:migration -- <name>` to add the missing migration").toBe("");
  });
});
