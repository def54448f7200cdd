import { apiHandler } from "@/lib/http/api-handler";
import { updateUser } from "@/lib/user/update-user";

// PATCH /api/v1/users/{id} { name?, role?, disabled? } (admin) → the user
export const PATCH = apiHandler<{ id: string }>(async ({ actor, params, json }) =>
  updateUser({ actor, userId: params.id, input: await json() }),
);
