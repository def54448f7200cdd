// npm run db:migrate — applies prisma/migrations to DATABASE_URL (set by with-database.mjs
// when the operator has none), like `prisma migrate deploy`.
import { applyMigrations } from "./lib/apply-migrations";
import { describeError } from "./lib/describe-error";

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set (run `npm run db:migrate`, which provides one).");
  const applied = await applyMigrations(url);
  console.log(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Database is up to date; no migration to apply.");
}

main().then(
  () => process.exit(0), // pg pools would otherwise keep the process alive ~10 s
  (error: unknown) => {
    console.error(`Migration failed: ${describeError(error)}`);
    process.exit(1);
  },
);
