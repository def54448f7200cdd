import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { listUsers } from "@/lib/user/list-users";
import { UsersAdmin } from "@/components/admin/users-admin";
import "@/components/review/review.css";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const actor = await requirePageActor("user.manage");
  const users = await listUsers({ actor });
  return (
    <div className="stack">
      <h1>Users</h1>
      <p className="muted">A disabled user is signed out at their next request and cannot sign in. Every change is recorded in the audit log.</p>
      <UsersAdmin initialUsers={users} selfId={actor.id} />
    </div>
  );
}
