// Prisma CLI configuration. Prisma 7 reads the database URL from here, not from schema.prisma.
// On machines where the CLI can download its schema engine, `npx prisma migrate deploy` works on
// the same prisma/migrations folder that `npm run db:migrate` applies through the WebAssembly
// engine (scripts/lib/schema-engine.ts).
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  // optional so `prisma generate` (postinstall) works without a database
  datasource: { url: process.env.DATABASE_URL },
});
