import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { notFound } from "@/lib/errors/app-error";
import { readClaimSnapshot, REVIEW_CLAIM_INCLUDE, toClaimSnapshot, type ClaimSnapshot } from "@/lib/review/claim-snapshot";
import { diffClaimSnapshots, type FieldDiff } from "@/lib/review/diff-claim-snapshots";
import { findQuoteChange, type QuoteChange } from "@/lib/revision/find-quote-change";

export type ReviewView = {
  id: string;
  status: string;
  version: number;
  articleId: string;
  articleTitle: string;
  context: { prefix: string; exact: string; suffix: string };
  current: ClaimSnapshot;
  factChecker: { id: string; name: string };
  isOwnClaim: boolean;
  approvedAt: string | null;
  /**
   * differences from the last approved version or, for a claim never approved, from the version
   * last sent back (so the editor sees what the fact-checker fixed); null when neither exists
   */
  diff: FieldDiff[] | null;
  diffBase: { kind: "approved" | "sentBack"; at: string | null } | null;
  reviews: { decision: string; note: string; reviewer: string; at: string; claimVersion: number }[];
  /** the quoted words before and after the last text correction, when it changed them */
  quoteChange: QuoteChange | null;
};

/** Everything an editor needs to decide on one claim, including the diff against the approved version. */
export async function getReviewView(opts: { actor: Actor; claimId: string }): Promise<ReviewView> {
  assertCan(opts.actor, "claim.readUnapproved");
  const claim = await db.claim.findUnique({
    where: { id: opts.claimId },
    include: {
      ...REVIEW_CLAIM_INCLUDE,
      article: { select: { title: true } },
      assignee: { select: { id: true, name: true } },
      createdBy: { select: { id: true, name: true } },
      reviews: { orderBy: { createdAt: "desc" }, take: 20, include: { reviewer: { select: { name: true } } } },
    },
  });
  if (!claim) throw notFound("Claim");
  const current = toClaimSnapshot(claim);
  const quoteChange = await findQuoteChange(claim.id);
  const approved = readClaimSnapshot(claim.approvedSnapshot);
  const sentBack = claim.reviews.find((r) => r.decision === "REQUEST_CHANGES");
  const base = approved
    ? { snapshot: approved, kind: "approved" as const, at: claim.approvedAt?.toISOString() ?? null }
    : sentBack
      ? { snapshot: readClaimSnapshot(sentBack.snapshot), kind: "sentBack" as const, at: sentBack.createdAt.toISOString() }
      : null;
  return {
    id: claim.id,
    status: claim.status,
    version: claim.version,
    articleId: claim.articleId,
    articleTitle: claim.article.title,
    context: { prefix: claim.prefix, exact: claim.exact, suffix: claim.suffix },
    current,
    factChecker: claim.assignee ?? claim.createdBy,
    isOwnClaim: claim.createdById === opts.actor.id || claim.assigneeId === opts.actor.id,
    approvedAt: claim.approvedAt?.toISOString() ?? null,
    diff: base?.snapshot ? diffClaimSnapshots(base.snapshot, current) : null,
    diffBase: base ? { kind: base.kind, at: base.at } : null,
    quoteChange,
    reviews: claim.reviews.map((r) => ({
      decision: r.decision,
      note: r.note,
      reviewer: r.reviewer.name,
      at: r.createdAt.toISOString(),
      claimVersion: r.claimVersion,
    })),
  };
}
