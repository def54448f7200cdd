// Vitest globalSetup of the integration project: one migrated database per run, dropped after.
// Test files read its URL with `inject("databaseUrl")`; process.env.DATABASE_URL is set too so
// lib/db.ts works unchanged in the workers (they are started after this runs).
import type { TestProject } from "vitest/node";
import { applyMigrations } from "../../scripts/lib/apply-migrations";
import { createEmbeddedDatabase, createServerDatabase } from "./helpers/test-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const serverUrl = process.env.DATABASE_URL;
  const database = serverUrl ? await createServerDatabase(serverUrl) : await createEmbeddedDatabase();
  try {
    await applyMigrations(database.url);
  } catch (error) {
    await database.drop();
    throw error;
  }
  process.env.DATABASE_URL = database.url;
  project.provide("databaseUrl", database.url);
  return async () => {
    await database.drop();
  };
}
