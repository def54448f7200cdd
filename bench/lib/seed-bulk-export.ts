// Seeds a migrated, empty database for the bulk-export benchmark with set-based SQL: articles
// (the reference article's text), each with `claimsPerArticle` APPROVED claims carrying a
// rated verdict with an explanation and two sources, plus an exporter and an export token.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { generateSecret, hashSecret } from "@/lib/auth/hash-token";
import { normalizeText } from "@/lib/anchoring/normalize-text";

export type BulkSeed = { token: string; articles: number; claims: number };

export async function seedBulkExport(databaseUrl: string, claims: number, claimsPerArticle = 10): Promise<BulkSeed> {
  const text = normalizeText(readFileSync(path.resolve(__dirname, "../../prisma/demo/iss-roscosmos-article.txt"), "utf8"));
  const sha = createHash("sha256").update(text).digest("hex");
  const cps = Array.from(text);
  const articles = Math.ceil(claims / claimsPerArticle);
  // claim slots: the same spread of 40-code-point quotes in every article
  const slots = Array.from({ length: claimsPerArticle }, (_, k) => {
    const start = Math.floor(((k + 0.5) * (cps.length - 60)) / claimsPerArticle);
    const end = start + 40;
    return { start, end, exact: cps.slice(start, end).join(""), prefix: cps.slice(Math.max(0, start - 32), start).join(""), suffix: cps.slice(end, end + 32).join("") };
  });
  const token = generateSecret("fm");
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("BEGIN");
    await client.query(`INSERT INTO "User"(id, email, name, role, "updatedAt") VALUES
      ('bench-exporter', 'bench-exporter@bench.test', 'Bench Exporter', 'EXPORTER', now()),
      ('bench-checker', 'bench-checker@bench.test', 'Bench Checker', 'FACT_CHECKER', now()),
      ('bench-editor', 'bench-editor@bench.test', 'Bench Editor', 'EDITOR', now())`);
    await client.query(`INSERT INTO "ApiToken"(id, "userId", name, prefix, hash, scopes) VALUES ('bench-token', 'bench-exporter', 'bench', $1, $2, ARRAY['export'])`, [token.slice(0, 8), hashSecret(token)]);
    await client.query(`INSERT INTO "RatingScaleEntry"(id, key, label, position, value, "updatedAt") VALUES
      ('bench-r1', 'true', 'True', 0, 6, now()), ('bench-r2', 'mostly-true', 'Mostly true', 1, 5, now()), ('bench-r6', 'false', 'False', 5, 1, now())`);
    await client.query(
      `INSERT INTO "Article"(id, title, "sourceUrl", publisher, "createdById", "updatedAt")
       SELECT 'ba' || lpad(i::text, 8, '0'), 'Bench article ' || i, 'https://news.example/bench/' || i, 'Bench Wire', 'bench-checker', now()
       FROM generate_series(1, $1::int) i`,
      [articles],
    );
    await client.query(
      `INSERT INTO "ArticleRevision"(id, "articleId", number, text, sha256, "createdById")
       SELECT 'br' || lpad(i::text, 8, '0'), 'ba' || lpad(i::text, 8, '0'), 1, $2, $3, 'bench-checker' FROM generate_series(1, $1::int) i`,
      [articles, text, sha],
    );
    await client.query(
      `WITH slot AS (SELECT * FROM unnest($2::int[], $3::int[], $4::text[], $5::text[], $6::text[]) WITH ORDINALITY AS s(st, en, ex, pre, suf, k)),
            n AS (SELECT j, (j - 1) / $7::int + 1 AS a, (j - 1) % $7::int + 1 AS k FROM generate_series(1, $1::int) j)
       INSERT INTO "Claim"(id, "articleId", "revisionId", exact, prefix, suffix, start, "end", statement, claimant, kind, status,
                           "createdById", "assigneeId", "approvedById", "approvedAt", "updatedAt")
       SELECT 'bc' || lpad(n.j::text, 9, '0'), 'ba' || lpad(n.a::text, 8, '0'), 'br' || lpad(n.a::text, 8, '0'), slot.ex, slot.pre, slot.suf, slot.st, slot.en,
              'Bench statement ' || n.j, 'Reuters', 'NUMBER_STATISTIC', 'APPROVED', 'bench-checker', 'bench-checker', 'bench-editor', now(), now()
       FROM n JOIN slot ON slot.k = n.k`,
      [claims, slots.map((s) => s.start), slots.map((s) => s.end), slots.map((s) => s.exact), slots.map((s) => s.prefix), slots.map((s) => s.suffix), claimsPerArticle],
    );
    await client.query(
      `INSERT INTO "Verdict"(id, "claimId", "ratingId", summary, explanation, "explanationText", "updatedAt")
       SELECT 'bv' || substr(id, 3), id, 'bench-r2', 'Mostly right; see the audit.', $1::jsonb, 'The OIG put the U.S. share at $100bn.', now() FROM "Claim"`,
      [JSON.stringify({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "The OIG put the U.S. share at " }, { type: "text", text: "$100bn", marks: [{ type: "link", attrs: { href: "https://oig.nasa.gov/" } }] }] }] })],
    );
    await client.query(
      `INSERT INTO "Source"(id, "claimId", position, url, title, publisher, "createdById", "updatedAt")
       SELECT 'bs' || p || substr(c.id, 3), c.id, p, 'https://oig.nasa.gov/docs/IG-22-00' || p || '.pdf', 'Audit ' || p, 'NASA OIG', 'bench-checker', now()
       FROM "Claim" c CROSS JOIN generate_series(0, 1) p`,
    );
    await client.query(`INSERT INTO "Review"(id, "claimId", "reviewerId", decision, note, "claimVersion", snapshot) SELECT 'bw' || substr(id, 3), id, 'bench-editor', 'APPROVE', 'ok', 1, '{}' FROM "Claim"`);
    await client.query("COMMIT");
    await client.query("ANALYZE");
  } finally {
    await client.end();
  }
  return { token, articles, claims };
}
