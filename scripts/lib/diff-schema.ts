// Drift check: how the database at a URL (migrated from prisma/migrations) differs from
// prisma/schema.prisma, through the WebAssembly schema engine.
import { connectSchemaEngine } from "./schema-engine";
import { noFilters, projectRoot, schemaPath } from "./migrations-list";

/**
 * Returns the SQL that would bring the database at `databaseUrl` to prisma/schema.prisma;
 * empty when they agree. Point it at a database that has had every migration applied (the
 * integration-test database), so an empty result means migrations and schema agree.
 * Triggers and functions are outside Prisma's model and are ignored.
 */
export async function diffDatabaseToSchema(databaseUrl: string): Promise<string> {
  const { engine, schema } = await connectSchemaEngine(databaseUrl, schemaPath);
  try {
    const files = [{ path: schemaPath, content: schema }];
    const result = await engine.diff({
      from: { tag: "schemaDatasource", files, configDir: projectRoot },
      to: { tag: "schemaDatamodel", files },
      script: true,
      exitCode: null,
      filters: noFilters,
    });
    const script = (result.stdout ?? "").trim();
    return script === "-- This is an empty migration." ? "" : script;
  } finally {
    engine.free();
  }
}
