// Rows for export tests, written directly (the review workflow has its own tests): an article
// with an approved claim (verdict, two sources, an approval) and a draft claim.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { Role } from "@/lib/generated/prisma/enums";
import { ensureDefaultRatingScale } from "@/lib/rating-scale/ensure-default-rating-scale";
import { createTestArticle, createTestUser } from "../helpers/create-test-data";

export const EXPORT_TEXT =
  "🛰️ The ISS, which has cost more than $100 billion, has been in orbit since 1998.\n\n" +
  "Officials said the talks were the first in-person meeting since 2018.";

/** A new user of `role` as an actor (session). */
export async function createExportActor(role: Role): Promise<Actor> {
  const u = await createTestUser(role);
  return { id: u.id, email: u.email, name: u.name, role: u.role, via: "session" };
}

function selectorOf(text: string, exact: string) {
  const units = text.indexOf(exact);
  const start = Array.from(text.slice(0, units)).length;
  const end = start + Array.from(exact).length;
  const cps = Array.from(text);
  return { exact, start, end, prefix: cps.slice(Math.max(0, start - 32), start).join(""), suffix: cps.slice(end, end + 32).join("") };
}

/** An article with one APPROVED claim (rating mostly-true, hostile explanation link) and one DRAFT claim. */
export async function createExportArticle(checker: Actor, editor: Actor) {
  await ensureDefaultRatingScale(db);
  const article = await createTestArticle(checker.id, EXPORT_TEXT);
  const revision = article.revisions[0]!;
  const rating = await db.ratingScaleEntry.findUniqueOrThrow({ where: { key: "mostly-true" } });
  const base = { articleId: article.id, revisionId: revision.id, createdById: checker.id, assigneeId: checker.id };
  const approved = await db.claim.create({
    data: {
      ...base, ...selectorOf(EXPORT_TEXT, "more than $100 billion"), status: "APPROVED", kind: "NUMBER_STATISTIC",
      statement: "The ISS cost more than $100 billion", claimant: "Reuters", approvedAt: new Date(), approvedById: editor.id,
      verdict: {
        create: {
          ratingId: rating.id, summary: "NASA alone spent about $100bn.", explanationText: "The OIG put it at $100bn.",
          explanation: {
            type: "doc",
            content: [{ type: "paragraph", content: [
              { type: "text", text: "The OIG <b>put</b> it at " },
              { type: "text", text: "$100bn", marks: [{ type: "bold" }, { type: "link", attrs: { href: "https://oig.nasa.gov/" } }] },
              { type: "text", text: " evil", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] },
            ] }],
          },
        },
      },
      sources: {
        create: [
          { position: 1, url: "https://www.nasa.gov/iss", title: "ISS", createdById: checker.id, kind: "OFFICIAL_STATEMENT" },
          { position: 0, url: "https://oig.nasa.gov/docs/IG-22-005.pdf", title: "OIG audit", createdById: checker.id, kind: "PRIMARY_DOCUMENT" },
        ],
      },
      reviews: { create: { reviewerId: editor.id, decision: "APPROVE", note: "Well sourced.", claimVersion: 1, snapshot: {} } },
    },
  });
  const draft = await db.claim.create({
    data: { ...base, ...selectorOf(EXPORT_TEXT, "since 2018"), status: "DRAFT", kind: "DATE_TIME", statement: "=HYPERLINK(\"http://evil\")" },
  });
  return { article, approved, draft };
}
