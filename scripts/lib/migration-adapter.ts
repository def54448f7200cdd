// A driver-adapter factory for Prisma's WebAssembly schema engine, built on @prisma/adapter-pg
// with three fixes for the migration path (see the toolchain note):
// - executeScript runs the whole script in one simple-protocol query; adapter-pg splits on ";",
//   which breaks dollar-quoted plpgsql bodies (our audit trigger).
// - PostgreSQL 18 (PGlite 0.5) lists NOT NULL constraints in pg_constraint (contype 'n'),
//   which the engine's describer does not know and panics on; it reads nullability from
//   the columns anyway, so those rows are dropped.
// - pg's "char" type (OID 18, used in pg_catalog) is read as text; adapter-pg rejects it.
// - the shadow database gets a unique name and is dropped WITH (FORCE) after its pool closes.
import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";

const CHAR_OID = 18;
const TEXT_OID = 25;

/** Connection fields; adapter-pg's shadow path misbehaves with a connectionString. */
export type PgFields = { host: string; port: number; user: string; password: string; database: string };

/** Splits a postgres:// URL into separate fields (sslmode etc. are ignored: local servers). */
export function parsePgUrl(url: string): PgFields {
  const u = new URL(url);
  return {
    host: decodeURIComponent(u.hostname) || "127.0.0.1",
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username) || "postgres",
    password: decodeURIComponent(u.password),
    database: decodeURIComponent(u.pathname.replace(/^\//, "")) || "postgres",
  };
}

type Queryable = {
  client: { query: (q: unknown) => Promise<unknown> };
  performIO: (q: unknown) => Promise<{ fields: { dataTypeID: number; name: string }[]; rows: unknown[][] }>;
  executeScript: (s: string) => Promise<void>;
  startTransaction?: (level?: string) => Promise<Queryable>;
  onError: (e: unknown) => never;
};

function patchQueryable<T>(target: T): T {
  const q = target as unknown as Queryable;
  const performIO = q.performIO.bind(q);
  q.performIO = async (query) => {
    const result = await performIO(query);
    for (const field of result.fields) if (field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
    const typeColumn = result.fields.findIndex((f) => f.name === "constraint_type");
    if (typeColumn >= 0) result.rows = result.rows.filter((row) => row[typeColumn] !== "n");
    return result;
  };
  q.executeScript = async (script) => {
    try {
      await q.client.query(script);
    } catch (error) {
      q.onError(error);
    }
  };
  if (q.startTransaction) {
    const start = q.startTransaction.bind(q);
    q.startTransaction = async (level) => patchQueryable(await start(level));
  }
  return target;
}

/** adapter-pg factory fixed for the schema engine; pass it to bindMigrationAwareSqlAdapterFactory. */
export class MigrationPgFactory extends PrismaPg {
  private readonly fields: PgFields;

  constructor(url: string) {
    const fields = parsePgUrl(url);
    super({ ...fields, max: 2 });
    this.fields = fields;
  }

  override async connect() {
    return patchQueryable(await super.connect());
  }

  override async connectToShadowDb() {
    const main = await this.connect();
    const name = `factmark_shadow_${randomUUID().replace(/-/g, "")}`;
    await main.executeScript(`CREATE DATABASE "${name}"`);
    const shadow = patchQueryable(await new PrismaPg({ ...this.fields, database: name, max: 2 }).connect());
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose();
      await main.executeScript(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await main.dispose();
    };
    return shadow;
  }
}
