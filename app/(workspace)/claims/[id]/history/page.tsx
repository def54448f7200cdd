import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { listClaimHistory } from "@/lib/audit/list-claim-history";
import { isAppError } from "@/lib/errors/app-error";
import { HistoryEventList } from "@/components/history/history-event-list";
import "@/components/review/review.css";

export const metadata: Metadata = { title: "Claim history" };

export default async function ClaimHistoryPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor("history.read");
  const { id } = await params;
  const { claim, events } = await listClaimHistory({ actor, claimId: id }).catch((e: unknown) => {
    if (isAppError(e) && e.code === "NOT_FOUND") notFound();
    throw e;
  });
  return (
    <div className="stack" style={{ maxWidth: 960 }}>
      <p><Link href={`/articles/${claim.articleId}?claim=${id}`}>← {claim.articleTitle}</Link></p>
      <h1>History: “{claim.exact}”</h1>
      <p className="muted">Every change to this claim, its verdict, sources and reviews, oldest first.</p>
      <HistoryEventList events={events} />
    </div>
  );
}
