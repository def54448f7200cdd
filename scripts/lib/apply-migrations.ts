// `prisma migrate deploy` through the WebAssembly schema engine.
import { connectSchemaEngine } from "./schema-engine";
import { noFilters, readMigrationsList, schemaPath } from "./migrations-list";

/**
 * Applies every pending migration in prisma/migrations to `databaseUrl`, recording them in
 * `_prisma_migrations` as `prisma migrate deploy` does. Idempotent. Returns the names applied.
 */
export async function applyMigrations(databaseUrl: string, baseDir?: string): Promise<string[]> {
  const { engine } = await connectSchemaEngine(databaseUrl, schemaPath);
  try {
    const migrationsList = readMigrationsList(baseDir);
    const out = await engine.applyMigrations({ migrationsList, filters: noFilters });
    return out.appliedMigrationNames;
  } finally {
    engine.free();
  }
}
