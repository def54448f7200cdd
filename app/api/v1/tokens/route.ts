import { apiHandler } from "@/lib/http/api-handler";
import { createApiToken } from "@/lib/token/create-api-token";
import { listApiTokens } from "@/lib/token/list-api-tokens";

export const GET = apiHandler(async ({ actor, query }) => ({ tokens: await listApiTokens({ actor, all: query.all === "true" }) }));

export const POST = apiHandler(async ({ actor, json }) => createApiToken({ actor, input: await json() }), { status: 201 });
