import { apiHandler } from "@/lib/http/api-handler";
import { revokeApiToken } from "@/lib/token/revoke-api-token";

export const DELETE = apiHandler<{ id: string }>(async ({ actor, params }) => ({ token: await revokeApiToken({ actor, tokenId: params.id }) }));
