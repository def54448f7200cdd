import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { listAuditEvents, auditFilterSchema } from "@/lib/audit/list-audit-events";
import { listUsers } from "@/lib/user/list-users";
import { AuditFilters } from "@/components/admin/audit-filters";
import { HistoryEventList } from "@/components/history/history-event-list";
import "@/components/review/review.css";

export const metadata: Metadata = { title: "Audit log" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const KEYS = ["actorId", "entityType", "from", "to", "cursor"] as const;

export default async function AuditPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor("audit.read");
  const raw = await searchParams;
  const picked = Object.fromEntries(KEYS.map((k) => [k, typeof raw[k] === "string" && raw[k] ? raw[k] : undefined]));
  const parsed = auditFilterSchema.safeParse(picked);
  const filter = parsed.success ? parsed.data : { limit: 50 };
  const [page, users] = await Promise.all([listAuditEvents({ actor, filter }), listUsers({ actor })]);
  const next = toQuery({ ...picked, cursor: page.nextCursor ?? undefined });
  return (
    <div className="stack">
      <h1>Audit log</h1>
      {!parsed.success ? <p role="alert" className="error">Some filters were invalid and were ignored.</p> : null}
      <AuditFilters values={picked} users={users.map((u) => ({ id: u.id, name: u.name }))} />
      <HistoryEventList events={page.events} showEntity />
      <nav aria-label="Audit log pages" className="row">
        {picked.cursor ? <Link href={`/admin/audit?${toQuery({ ...picked, cursor: undefined })}`}>Newest</Link> : null}
        {page.nextCursor ? <Link href={`/admin/audit?${next}`}>Older events →</Link> : <span className="muted">End of the log.</span>}
      </nav>
    </div>
  );
}

function toQuery(values: Record<string, string | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(values)) if (v) q.set(k, v);
  return q.toString();
}
