import { apiHandler } from "@/lib/http/api-handler";
import { listUsers } from "@/lib/user/list-users";
import { inviteUser } from "@/lib/user/invite-user";

// GET /api/v1/users (admin) → { users }
export const GET = apiHandler(async ({ actor }) => ({ users: await listUsers({ actor }) }));

// POST /api/v1/users { email, name, role } (admin) → 201 { user, invitePath, inviteToken } — the link is shown once
export const POST = apiHandler(async ({ actor, json }) => inviteUser({ actor, input: await json() }), { status: 201 });
