/**
 * Creates a user from the command line (the first admin of a real installation):
 *   npm run user:create -- --email you@newsroom.org --name "Your Name" --role ADMIN [--password ...]
 * Without --password, a random one is generated and printed once.
 */
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { z } from "zod";
import { getDb } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";

const schema = z.object({
  email: z.string().trim().toLowerCase().email(),
  name: z.string().trim().min(1).max(200),
  role: z.enum(["FACT_CHECKER", "EDITOR", "EXPORTER", "ADMIN"]),
  password: z.string().min(10, "must be at least 10 characters").max(200).optional(),
});

async function main() {
  const { values } = parseArgs({
    options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string", default: "ADMIN" }, password: { type: "string" } },
  });
  const parsed = schema.safeParse(values);
  if (!parsed.success) {
    for (const i of parsed.error.issues) console.error(`--${i.path.join(".")}: ${i.message}`);
    process.exit(2);
  }
  const password = parsed.data.password ?? randomBytes(12).toString("base64url");
  const db = getDb();
  const user = await db.$transaction(async (tx) => {
    const u = await tx.user.create({
      data: { email: parsed.data.email, name: parsed.data.name, role: parsed.data.role, passwordHash: await hashPassword(password) },
    });
    await tx.auditEvent.create({ data: { action: "user.create", entityType: "user", entityId: u.id, after: { email: u.email, role: u.role, via: "cli" } } });
    return u;
  });
  console.log(`Created ${user.role} ${user.email}`);
  if (!parsed.data.password) console.log(`Password (shown once): ${password}`);
  process.exit(0);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
