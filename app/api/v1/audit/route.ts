import { apiHandler } from "@/lib/http/api-handler";
import { listAuditEvents } from "@/lib/audit/list-audit-events";

// GET /api/v1/audit?actorId=&entityType=&entityId=&from=&to=&cursor=&limit= (admin) → { events, nextCursor }
export const GET = apiHandler(async ({ actor, query }) => listAuditEvents({ actor, filter: query }));
