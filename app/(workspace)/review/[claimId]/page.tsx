import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { getReviewView } from "@/lib/review/get-review-view";
import { getSettings } from "@/lib/settings/get-settings";
import { isAppError } from "@/lib/errors/app-error";
import { ReviewView } from "@/components/review/review-view";
import "@/components/review/review.css";

export const metadata: Metadata = { title: "Review claim" };

export default async function ReviewClaimPage({ params }: { params: Promise<{ claimId: string }> }) {
  const actor = await requirePageActor("reviewQueue.read");
  const { claimId } = await params;
  const view = await getReviewView({ actor, claimId }).catch((e: unknown) => {
    if (isAppError(e) && e.code === "NOT_FOUND") notFound();
    throw e;
  });
  const settings = await getSettings();
  return (
    <div className="stack">
      <p><Link href="/review">← Review queue</Link></p>
      <h1>Review: “{view.context.exact}”</h1>
      <ReviewView view={view} role={actor.role} allowSelfApproval={settings.allowSelfApproval} />
    </div>
  );
}
