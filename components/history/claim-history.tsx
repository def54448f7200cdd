"use client";
import { useEffect, useState } from "react";
import type { AuditEventDto } from "@/lib/audit/audit-event-dto";
import { apiFetch, ApiError } from "@/components/claim/api-client";
import { HistoryEventList } from "@/components/history/history-event-list";
import "@/components/review/review.css";

/**
 * The History tab of one claim, for embedding in the workspace: loads
 * GET /api/v1/claims/{id}/history and shows who did what when with the diff of each change.
 * `refreshKey` reloads it (pass the claim version so it follows saves and decisions).
 */
export function ClaimHistory({ claimId, refreshKey }: { claimId: string; refreshKey?: string | number }) {
  const [events, setEvents] = useState<AuditEventDto[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const ctrl = new AbortController();
    apiFetch<{ events: AuditEventDto[] }>(`/api/v1/claims/${encodeURIComponent(claimId)}/history`, { signal: ctrl.signal })
      .then((r) => { setEvents(r.events); setError(null); })
      .catch((e: unknown) => {
        if (ctrl.signal.aborted) return;
        setError(e instanceof ApiError ? e.message : "Could not load the history.");
      });
    return () => ctrl.abort();
  }, [claimId, refreshKey]);
  if (error) return <p role="alert" className="error">{error}</p>;
  if (!events) return <p aria-busy="true" className="muted">Loading history…</p>;
  // newest first reads best in a side panel
  return <HistoryEventList events={[...events].reverse()} />;
}
