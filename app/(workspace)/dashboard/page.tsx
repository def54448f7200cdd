import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { getDashboardStats } from "@/lib/dashboard/get-dashboard-stats";
import { DashboardCharts } from "@/components/dashboard/dashboard-charts";
import "@/components/dashboard/dashboard.css";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const actor = await requirePageActor("dashboard.read");
  const stats = await getDashboardStats({ actor });
  return (
    <div className="stack">
      <h1>Dashboard</h1>
      <p className="muted">
        {stats.total} claims in all; <Link href="/review">{stats.byStatus.IN_REVIEW} waiting for review</Link>. Bars for claims in review open the queue, filtered.
      </p>
      <section aria-labelledby="overall-heading">
        <h2 id="overall-heading">All articles</h2>
        <DashboardCharts id="overall" byStatus={stats.byStatus} byRating={stats.byRating} />
      </section>
      <section aria-labelledby="per-article-heading" className="stack">
        <h2 id="per-article-heading">Per article</h2>
        {stats.articles.length === 0 ? <p>No claims yet.</p> : null}
        {stats.articles.map((a) => (
          <details key={a.id} className="card">
            <summary>
              <strong>{a.title}</strong> — {a.total} {a.total === 1 ? "claim" : "claims"}, {a.byStatus.IN_REVIEW} in review, {a.byStatus.APPROVED} approved
            </summary>
            <p><Link href={`/articles/${a.id}`}>Open the article</Link> · <Link href={`/review?articleId=${a.id}`}>Its review queue</Link></p>
            <DashboardCharts id={`a-${a.id}`} byStatus={a.byStatus} byRating={a.byRating} articleId={a.id} />
          </details>
        ))}
      </section>
    </div>
  );
}
