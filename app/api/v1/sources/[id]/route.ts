import { apiHandler } from "@/lib/http/api-handler";
import { updateSource } from "@/lib/source/update-source";
import { deleteSource } from "@/lib/source/delete-source";
import { parseVersionQuery } from "@/lib/claim/parse-version-query";

// PATCH /api/v1/sources/{id} { version (the source's), url?, title?, publisher?, quote?, accessedAt?, kind?, archiveUrl? } → ClaimDto
export const PATCH = apiHandler<{ id: string }>(async ({ actor, params, json }) =>
  updateSource({ actor, sourceId: params.id, input: await json() }),
);

// DELETE /api/v1/sources/{id}?version=N → ClaimDto
export const DELETE = apiHandler<{ id: string }>(async ({ actor, params, query }) =>
  deleteSource({ actor, sourceId: params.id, version: parseVersionQuery(query) }),
);
