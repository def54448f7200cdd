import type { Tx } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { conflict } from "@/lib/errors/app-error";
import { Prisma } from "@/lib/generated/prisma/client";
import { isChangedPlan, type ReanchorPlan } from "@/lib/revision/plan-reanchor";
import { revisionSummaryInclude } from "@/lib/revision/revision-dto";

const RETRY = "The article changed while its text was being updated; reload and submit the correction again";

/**
 * The write half of an update, inside one short transaction: claims the next revision number
 * (the article row's `currentRevisionNo` is compare-and-set, and the unique [articleId,
 * number] backs it up), writes the revision, moves every claim as planned (each changed claim
 * only if it is still at the version the plan was made from), one ClaimAnchor per claim for
 * the new revision, and the audit events. Any concurrent change → CONFLICT, nothing written.
 */
export async function applyRevision(
  tx: Tx,
  opts: { actor: Actor; articleId: string; fromNumber: number; text: string; sha256: string; sourceHtml: string | null; note: string; plans: readonly ReanchorPlan[] },
) {
  const { actor, articleId, fromNumber, plans } = opts;
  const number = fromNumber + 1;
  const bumped = await tx.article.updateMany({ where: { id: articleId, currentRevisionNo: fromNumber }, data: { currentRevisionNo: number } });
  if (bumped.count !== 1) throw conflict(RETRY, { reason: "concurrent-revision" });
  const revision = await createRevisionRow(tx, { ...opts, number });
  const planned = plans.map((p) => p.claim.id);
  const added = await tx.claim.count({ where: { articleId, id: { notIn: planned } } });
  if (added > 0) throw conflict(RETRY, { reason: "claims-added" });
  const now = new Date();
  const unchanged = plans.filter((p) => !isChangedPlan(p)).map((p) => p.claim.id);
  if (unchanged.length) {
    // same words at the same place: only the revision they refer to changes, no version bump
    await tx.claim.updateMany({ where: { id: { in: unchanged } }, data: { revisionId: revision.id, anchorOutcome: "UNCHANGED", anchorScore: 1 } });
  }
  for (const p of plans.filter(isChangedPlan)) {
    const { claim, selector } = p;
    const backToReview = p.status !== claim.status;
    const updated = await tx.claim.updateMany({
      where: { id: claim.id, version: claim.version, status: claim.status },
      data: {
        ...selector,
        revisionId: p.revisionId ?? revision.id,
        anchorOutcome: p.outcome,
        anchorScore: p.score,
        status: p.status,
        version: { increment: 1 },
        ...(backToReview ? { submittedAt: now } : {}),
      },
    });
    if (updated.count !== 1) throw conflict(RETRY, { reason: "claim-changed", claimId: claim.id });
    await recordAuditEvent(tx, {
      actor, action: "claim.reanchor", entityType: "claim", entityId: claim.id, claimId: claim.id, articleId,
      before: { revisionNumber: fromNumber, selector: pick(claim), status: claim.status, version: claim.version },
      after: {
        revisionNumber: number, outcome: p.outcome, score: p.score, selector: p.outcome === "ORPHANED" ? null : selector,
        status: p.status, version: claim.version + 1, oldExact: claim.exact, newExact: p.newExact, ...(backToReview ? { backToReview: true } : {}),
      },
    });
  }
  await tx.claimAnchor.createMany({
    data: plans.map((p) => ({
      claimId: p.claim.id,
      revisionId: revision.id,
      exact: p.outcome === "ORPHANED" ? p.claim.exact : p.selector.exact,
      prefix: p.outcome === "ORPHANED" ? p.claim.prefix : p.selector.prefix,
      suffix: p.outcome === "ORPHANED" ? p.claim.suffix : p.selector.suffix,
      // an orphan has no place on this revision: its row keeps the lost quote at 0–0
      start: p.outcome === "ORPHANED" ? 0 : p.selector.start,
      end: p.outcome === "ORPHANED" ? 0 : p.selector.end,
      outcome: p.outcome,
      score: p.score,
    })),
  });
  return revision;
}

async function createRevisionRow(tx: Tx, o: { articleId: string; number: number; text: string; sha256: string; sourceHtml: string | null; note: string; actor: Actor; fromNumber: number; plans: readonly ReanchorPlan[] }) {
  try {
    const revision = await tx.articleRevision.create({
      data: { articleId: o.articleId, number: o.number, text: o.text, sha256: o.sha256, sourceHtml: o.sourceHtml, note: o.note, createdById: o.actor.id },
      include: revisionSummaryInclude,
    });
    const count = (outcome: string) => o.plans.filter((p) => p.outcome === outcome).length;
    await recordAuditEvent(tx, {
      actor: o.actor, action: "revision.create", entityType: "revision", entityId: revision.id, articleId: o.articleId,
      before: { number: o.fromNumber },
      after: { number: o.number, sha256: o.sha256, length: o.text.length, note: o.note, summary: { unchanged: count("UNCHANGED"), moved: count("MOVED"), changed: count("FUZZY"), orphaned: count("ORPHANED") } },
    });
    return revision;
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") throw conflict(RETRY, { reason: "concurrent-revision" });
    throw e;
  }
}

function pick(c: { exact: string; prefix: string; suffix: string; start: number; end: number }) {
  return { exact: c.exact, prefix: c.prefix, suffix: c.suffix, start: c.start, end: c.end };
}
