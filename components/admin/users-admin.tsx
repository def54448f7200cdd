"use client";
import { useState, type FormEvent } from "react";
import type { UserDto } from "@/lib/user/user.types";
import { ROLES } from "@/lib/user/user.types";
import { roleLabel } from "@/lib/auth/policy";
import { apiFetch, ApiError } from "@/components/claim/api-client";
import { InviteLink } from "@/components/admin/invite-link";

/**
 * The admin's user list: invite (the set-password link is shown once), change role, disable
 * or enable. Each change goes through PATCH /api/v1/users/{id} and is audited there.
 */
export function UsersAdmin({ initialUsers, selfId }: { initialUsers: UserDto[]; selfId: string }) {
  const [users, setUsers] = useState(initialUsers);
  const [invite, setInvite] = useState<{ email: string; path: string } | null>(null);
  const [error, setError] = useState<{ message: string; fields: Record<string, string> } | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  function fail(e: unknown) {
    setError(e instanceof ApiError ? { message: e.message, fields: e.fields } : { message: "Could not reach the server.", fields: {} });
  }

  async function onInvite(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    setError(null);
    try {
      const res = await apiFetch<{ user: UserDto; invitePath: string }>("/api/v1/users", {
        method: "POST",
        body: { email: data.get("email"), name: data.get("name"), role: data.get("role") },
      });
      setUsers((u) => [...u.filter((x) => x.id !== res.user.id), res.user].sort((a, b) => a.name.localeCompare(b.name)));
      setInvite({ email: res.user.email, path: res.invitePath });
      form.reset();
    } catch (err) {
      fail(err);
    }
  }

  async function patch(user: UserDto, body: Partial<Pick<UserDto, "role" | "disabled">>, what: string) {
    setError(null);
    try {
      const updated = await apiFetch<UserDto>(`/api/v1/users/${user.id}`, { method: "PATCH", body });
      setUsers((u) => u.map((x) => (x.id === updated.id ? updated : x)));
      setStatus(`${updated.name}: ${what}.`);
    } catch (err) {
      fail(err);
    }
  }

  return (
    <div className="stack">
      <form className="card form" onSubmit={onInvite} aria-labelledby="invite-heading" noValidate>
        <h2 id="invite-heading">Invite someone</h2>
        <div className="row">
          <label className="grow">Name<input name="name" required maxLength={200} aria-invalid={!!error?.fields.name} /></label>
          <label className="grow">Email<input name="email" type="email" required maxLength={254} aria-invalid={!!error?.fields.email} /></label>
          <label>Role
            <select name="role" defaultValue="FACT_CHECKER">{ROLES.map((r) => <option key={r} value={r}>{roleLabel(r)}</option>)}</select>
          </label>
          <button className="btn btn-primary" type="submit" style={{ alignSelf: "flex-end" }}>Invite</button>
        </div>
      </form>
      {invite ? <InviteLink email={invite.email} path={invite.path} onDismiss={() => setInvite(null)} /> : null}
      {error ? (
        <div role="alert" className="error">
          {error.message}
          {Object.keys(error.fields).length ? <ul>{Object.entries(error.fields).map(([f, m]) => <li key={f}>{f}: {m}</li>)}</ul> : null}
        </div>
      ) : null}
      {status ? <p role="status" className="success">{status}</p> : null}
      <table className="table" data-testid="users">
        <caption className="visually-hidden">Users</caption>
        <thead><tr><th scope="col">Name</th><th scope="col">Email</th><th scope="col">Role</th><th scope="col">Status</th><th scope="col">Actions</th></tr></thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id}>
              <td>{u.name}{u.id === selfId ? " (you)" : ""}</td>
              <td>{u.email}</td>
              <td>
                <select aria-label={`Role of ${u.name}`} value={u.role} disabled={u.id === selfId} onChange={(e) => void patch(u, { role: e.target.value as UserDto["role"] }, `role changed to ${roleLabel(e.target.value as UserDto["role"])}`)}>
                  {ROLES.map((r) => <option key={r} value={r}>{roleLabel(r)}</option>)}
                </select>
              </td>
              <td>{u.disabled ? "Disabled" : u.invitePending ? `Invited (until ${u.inviteExpiresAt?.slice(0, 10)})` : "Active"}</td>
              <td>
                {u.id === selfId ? null : (
                  <button type="button" className={u.disabled ? "btn" : "btn btn-danger"} onClick={() => void patch(u, { disabled: !u.disabled }, u.disabled ? "enabled" : "disabled; signed out at their next request")}>
                    {u.disabled ? "Enable" : "Disable"}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
