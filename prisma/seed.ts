/**
 * Seeds Factmark. Always: the default rating scale (a newsroom needs one). Demo data (users
 * with known passwords, the reference article and three claims) only into a database without
 * users, and only for the embedded database or when FACTMARK_DEMO=1 — never silently on a
 * real server. Idempotent: a second run changes nothing.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { createHash } from "node:crypto";
import { getDb } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { DEFAULT_RATING_SCALE } from "@/lib/rating-scale/default-scale";
import { extractArticle } from "@/lib/import/extract-article";
import { describeRange } from "@/lib/anchoring/describe-range";
import { codePointIndexOf } from "@/prisma/demo/code-point-index-of";
import { DEMO_CLAIMS } from "@/prisma/demo/demo-claims";
import { loadClaimForReview, toClaimSnapshot } from "@/lib/review/claim-snapshot";
import type { Role } from "@/lib/generated/prisma/enums";

export const DEMO_PASSWORD = "factmark-demo";
export const DEMO_USERS: { email: string; name: string; role: Role }[] = [
  { email: "fact-checker@factmark.test", name: "Farah Checker", role: "FACT_CHECKER" },
  { email: "editor@factmark.test", name: "Eddie Editor", role: "EDITOR" },
  { email: "exporter@factmark.test", name: "Ellen Exporter", role: "EXPORTER" },
  { email: "admin@factmark.test", name: "Ada Admin", role: "ADMIN" },
];

const db = getDb();

async function seedRatingScale() {
  if ((await db.ratingScaleEntry.count()) > 0) return false;
  await db.ratingScaleEntry.createMany({
    data: DEFAULT_RATING_SCALE.map((e, position) => ({ ...e, value: e.value ?? null, position })),
  });
  return true;
}

async function seedDemo() {
  const hash = await hashPassword(DEMO_PASSWORD);
  const users = new Map<Role, string>();
  for (const u of DEMO_USERS) {
    const row = await db.user.create({ data: { ...u, passwordHash: hash, isDemo: true } });
    users.set(u.role, row.id);
  }
  const checker = users.get("FACT_CHECKER")!;
  const editor = users.get("EDITOR")!;
  const raw = readFileSync(path.join(process.cwd(), "prisma/demo/iss-roscosmos-article.txt"), "utf8");
  const extracted = extractArticle({ kind: "text", content: raw });
  const text = extracted.text;
  const scale = new Map((await db.ratingScaleEntry.findMany()).map((e) => [e.key, e.id]));

  await db.$transaction(async (tx) => {
    const article = await tx.article.create({
      data: {
        title: extracted.title,
        publisher: extracted.publisher ?? "",
        byline: extracted.byline ?? "",
        dateline: extracted.dateline ?? "",
        publishedAt: extracted.publishedAt ? new Date(`${extracted.publishedAt}T00:00:00Z`) : null,
        language: extracted.language ?? "en",
        sourceUrl: "https://theprint.in/world/us-russian-space-chiefs-talk-moon-iss-cooperation-in-rare-florida-meeting/2705487/",
        canonicalUrl: "https://theprint.in/world/us-russian-space-chiefs-talk-moon-iss-cooperation-in-rare-florida-meeting/2705487",
        isDemo: true,
        createdById: checker,
      },
    });
    const revision = await tx.articleRevision.create({
      data: {
        articleId: article.id, number: 1, text, note: "Imported (demo)", createdById: checker,
        sha256: createHash("sha256").update(text, "utf8").digest("hex"),
      },
    });
    await tx.auditEvent.create({
      data: { actorId: checker, action: "article.import", entityType: "article", entityId: article.id, articleId: article.id, after: { title: article.title, demo: true } },
    });
    for (const c of DEMO_CLAIMS) {
      const start = codePointIndexOf(text, c.quote);
      if (start < 0) throw new Error(`Demo quote not found in the reference article: ${c.quote}`);
      const sel = describeRange(text, start, start + [...c.quote].length);
      const approved = c.status === "APPROVED";
      const claim = await tx.claim.create({
        data: {
          articleId: article.id, revisionId: revision.id, exact: sel.exact, prefix: sel.prefix, suffix: sel.suffix,
          start: sel.start, end: sel.end, statement: c.statement, claimant: c.claimant, kind: c.kind, status: c.status,
          assigneeId: checker, createdById: checker, isDemo: true,
          submittedAt: c.status === "DRAFT" ? null : new Date(),
          approvedAt: approved ? new Date() : null, approvedById: approved ? editor : null,
        },
      });
      await tx.claimAnchor.create({
        data: { claimId: claim.id, revisionId: revision.id, exact: sel.exact, prefix: sel.prefix, suffix: sel.suffix, start: sel.start, end: sel.end, outcome: "CREATED" },
      });
      if (c.rating) {
        await tx.verdict.create({
          data: {
            claimId: claim.id, ratingId: scale.get(c.rating) ?? null, summary: c.summary ?? "",
            explanation: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: c.explanation ?? "" }] }] },
            explanationText: c.explanation ?? "",
          },
        });
      }
      let position = 0;
      for (const s of c.sources) {
        await tx.source.create({ data: { ...s, accessedAt: new Date(`${s.accessedAt}T00:00:00Z`), claimId: claim.id, position: position++, createdById: checker } });
      }
      await tx.auditEvent.create({
        data: { actorId: checker, action: "claim.create", entityType: "claim", entityId: claim.id, claimId: claim.id, articleId: article.id, after: { exact: sel.exact, status: c.status, demo: true } },
      });
      if (approved) {
        const loaded = await loadClaimForReview(tx, claim.id);
        const snapshot = toClaimSnapshot(loaded!);
        await tx.review.create({ data: { claimId: claim.id, reviewerId: editor, decision: "APPROVE", note: "Demo: approved.", claimVersion: 1, snapshot } });
        await tx.claim.update({ where: { id: claim.id }, data: { approvedSnapshot: snapshot } });
        await tx.auditEvent.create({
          data: { actorId: editor, action: "claim.approve", entityType: "claim", entityId: claim.id, claimId: claim.id, articleId: article.id, after: { status: "APPROVED" } },
        });
      }
    }
  });
}

async function main() {
  const scaleCreated = await seedRatingScale();
  if (scaleCreated) console.log("  rating scale: default scale created");
  const users = await db.user.count();
  const demoAllowed = process.env.FACTMARK_EMBEDDED === "1" || process.env.FACTMARK_DEMO === "1";
  if (users > 0) {
    console.log(`  demo data: skipped (${users} user(s) already exist)`);
  } else if (demoAllowed) {
    await seedDemo();
    console.log(`  demo data: ${DEMO_USERS.length} users (password "${DEMO_PASSWORD}"), the reference article and 3 claims`);
  } else {
    console.log("  No users yet, and this is not a demo database (FACTMARK_DEMO is not 1).");
    console.log("  Create the first admin with:  npm run user:create -- --email you@newsroom.org --name \"Your Name\" --role ADMIN");
  }
}

main()
  .then(() => process.exit(0))
  .catch((e) => {
    console.error(e);
    process.exit(1);
  });
