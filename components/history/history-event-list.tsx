import type { AuditEventDto } from "@/lib/audit/audit-event-dto";
import { DiffParts } from "@/components/review/diff-parts";
import { actionLabel } from "@/components/history/history-labels";

function when(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/**
 * Audit events as a timeline: who did what when, and for each changed value the word diff of
 * before → after. Shared by the claim History tab and the admin audit log.
 */
export function HistoryEventList({ events, showEntity = false }: { events: AuditEventDto[]; showEntity?: boolean }) {
  if (events.length === 0) return <p>No recorded changes.</p>;
  return (
    <ol className="history-list" data-testid="history">
      {events.map((e) => (
        <li key={e.id} className="history-event">
          <div>
            <strong>{e.actor?.name ?? "System"}</strong> {actionLabel(e.action)}
            {showEntity ? <span className="muted small"> · {e.entityType} {e.entityId}</span> : null}
            {" · "}<time dateTime={e.at} className="muted small">{when(e.at)}</time>
          </div>
          {e.changes.length > 0 ? (
            <dl className="changes">
              {e.changes.map((c) => (
                <div key={c.key} style={{ display: "contents" }}>
                  <dt>{c.key}</dt>
                  <dd><DiffParts parts={c.parts} /></dd>
                </div>
              ))}
            </dl>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
