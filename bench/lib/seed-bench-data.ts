/**
 * Seeds the benchmark database with bulk SQL: an admin, a rating scale, the generated
 * ~100 kB article with its 1,000 claims (each with a verdict and two sources), an article
 * with the same text and no claims (the paint baseline) and one for the concurrent writers.
 */
import { createHash } from "node:crypto";
import bcrypt from "bcryptjs";
import pg from "pg";
import { describeRange } from "@/lib/anchoring/describe-range";
import { createCodePointIndex } from "@/lib/text/code-point-index";
import { generateArticle } from "./generate-article";
import { insertRows } from "./insert-rows";

export const BENCH_USER = { id: "bench_admin", email: "bench@factmark.test", password: "bench-password-1234" };
export const ARTICLES = { full: "bench_article_full", empty: "bench_article_empty", writes: "bench_article_writes" } as const;

const STATUSES = ["DRAFT", "IN_REVIEW", "CHANGES_REQUESTED", "APPROVED"] as const;
const KINDS = ["NUMBER_STATISTIC", "DATE_TIME", "QUANTITY_COUNT", "QUOTE", "CAUSAL", "OTHER"] as const;
const RATINGS = ["true", "mostly-true", "half-true", "mostly-false", "false"];

export type SeededData = { text: string; claimCount: number };

/** Claim, verdict and source rows for `spans` of `text` on one article revision. */
export function buildClaimRows(opts: { articleId: string; revisionId: string; text: string; spans: { start: number; end: number }[]; idPrefix: string }) {
  const { articleId, revisionId, text, spans, idPrefix } = opts;
  const index = createCodePointIndex(text);
  const now = new Date().toISOString();
  const claims: Record<string, unknown>[] = [];
  const verdicts: Record<string, unknown>[] = [];
  const sources: Record<string, unknown>[] = [];
  spans.forEach((span, i) => {
    const id = `${idPrefix}_${String(i).padStart(6, "0")}`;
    const sel = describeRange(text, span.start, span.end, { index });
    const status = STATUSES[i % STATUSES.length] ?? "DRAFT";
    claims.push({
      id, articleId, revisionId, exact: sel.exact, prefix: sel.prefix, suffix: sel.suffix, start: sel.start, end: sel.end,
      anchorOutcome: "CREATED", statement: `Claim ${i}: ${sel.exact}`, claimant: "Generated claimant", kind: KINDS[i % KINDS.length],
      status, createdById: BENCH_USER.id, createdAt: now, updatedAt: now,
      submittedAt: status === "DRAFT" ? null : now,
      approvedAt: status === "APPROVED" ? now : null, approvedById: status === "APPROVED" ? BENCH_USER.id : null,
    });
    verdicts.push({
      id: `${id}_v`, claimId: id, ratingId: `bench_rating_${i % RATINGS.length}`, summary: `Summary of the finding for claim ${i}.`,
      explanation: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: `Explanation ${i}: checked against the sources.` }] }] },
      explanationText: `Explanation ${i}: checked against the sources.`, updatedAt: now,
    });
    for (const position of [0, 1]) {
      sources.push({
        id: `${id}_s${position}`, claimId: id, position, url: `https://example.org/report/${i}/${position}`,
        title: `Source ${position} for claim ${i}`, publisher: "Example Statistics Office", quote: "A quote from the source.",
        kind: position ? "DATASET" : "PRIMARY_DOCUMENT", createdById: BENCH_USER.id, updatedAt: now,
      });
    }
  });
  return { claims, verdicts, sources };
}

/** Inserts an article with one revision of `text` and returns the revision id. */
export async function insertArticle(client: pg.ClientBase, id: string, title: string, text: string): Promise<string> {
  const now = new Date().toISOString();
  await insertRows(client, "Article", [{ id, title, publisher: "Bench Gazette", createdById: BENCH_USER.id, createdAt: now, updatedAt: now }]);
  const revisionId = `${id}_r1`;
  const sha256 = createHash("sha256").update(text, "utf8").digest("hex");
  await insertRows(client, "ArticleRevision", [{ id: revisionId, articleId: id, number: 1, text, sha256, createdById: BENCH_USER.id, createdAt: now }]);
  return revisionId;
}

/** Inserts claims (with verdicts and sources) built by {@link buildClaimRows}. */
export async function insertClaims(client: pg.ClientBase, rows: ReturnType<typeof buildClaimRows>): Promise<void> {
  await insertRows(client, "Claim", rows.claims);
  await insertRows(client, "Verdict", rows.verdicts);
  await insertRows(client, "Source", rows.sources);
}

/** Seeds everything the page, paint, export and writer benchmarks need. */
export async function seedBenchData(databaseUrl: string): Promise<SeededData> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { oldText: text, claims } = generateArticle();
    const now = new Date().toISOString();
    const passwordHash = await bcrypt.hash(BENCH_USER.password, 10);
    await insertRows(client, "User", [{ id: BENCH_USER.id, email: BENCH_USER.email, name: "Bench Admin", passwordHash, role: "ADMIN", createdAt: now, updatedAt: now }]);
    await insertRows(client, "RatingScaleEntry", RATINGS.map((key, i) => ({
      id: `bench_rating_${i}`, key, label: key.replace("-", " "), position: i, value: 5 - i, createdAt: now, updatedAt: now,
    })));
    const revisionId = await insertArticle(client, ARTICLES.full, "Generated 100 kB article with 1,000 claims", text);
    await insertClaims(client, buildClaimRows({ articleId: ARTICLES.full, revisionId, text, spans: claims, idPrefix: "bench_claim" }));
    await insertArticle(client, ARTICLES.empty, "Generated 100 kB article without claims", text);
    await insertArticle(client, ARTICLES.writes, "Generated 100 kB article for concurrent writers", text);
    await client.query("ANALYZE");
    return { text, claimCount: claims.length };
  } finally {
    await client.end();
  }
}
