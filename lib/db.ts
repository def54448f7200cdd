import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { getEnv, requireDatabaseUrl } from "@/lib/env";

export type Db = PrismaClient;
/** The interactive-transaction client passed to operations that run inside a transaction. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

const globalForPrisma = globalThis as unknown as { factmarkPrisma?: PrismaClient };

function createClient(): PrismaClient {
  const adapter = new PrismaPg({ connectionString: requireDatabaseUrl(), max: getEnv().FACTMARK_DB_POOL_MAX });
  return new PrismaClient({ adapter });
}

/**
 * The one Prisma client of the process. Created on first use (so `next build` needs no
 * database) and cached on globalThis so dev hot-reloads reuse one pool.
 */
export function getDb(): PrismaClient {
  globalForPrisma.factmarkPrisma ??= createClient();
  return globalForPrisma.factmarkPrisma;
}

/** Proxy for `getDb()` so call sites can write `db.claim.findMany(...)`. */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, prop) {
    const client = getDb() as unknown as Record<string | symbol, unknown>;
    const value = client[prop];
    return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(client) : value;
  },
});
