"use client";
import { useActionState, useState } from "react";
import Link from "next/link";
import type { AcceptInviteState } from "@/app/invite/[token]/actions";

/** Set-password form of an invitation: password twice (checked here), then the server action. */
export function SetPasswordForm({ token, email, action }: { token: string; email: string; action: (s: AcceptInviteState, f: FormData) => Promise<AcceptInviteState> }) {
  const [state, formAction, pending] = useActionState(action, null);
  const [mismatch, setMismatch] = useState(false);
  if (state?.ok) {
    return <p role="status" className="success">{state.message} <Link href={`/sign-in?email=${encodeURIComponent(email)}`}>Sign in</Link></p>;
  }
  return (
    <form
      className="card form"
      action={formAction}
      onSubmit={(e) => {
        const d = new FormData(e.currentTarget);
        const bad = d.get("password") !== d.get("confirm");
        setMismatch(bad);
        if (bad) e.preventDefault();
      }}
    >
      {state && !state.ok ? <p role="alert" className="error">{state.message}</p> : null}
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="email" value={email} autoComplete="username" />
      <label>New password (at least 10 characters)
        <input name="password" type="password" autoComplete="new-password" minLength={10} required aria-invalid={!!state?.fields.password} aria-describedby="pw-err" />
      </label>
      {state?.fields.password ? <p id="pw-err" className="field-error">Password {state.fields.password}</p> : null}
      <label>Repeat the password
        <input name="confirm" type="password" autoComplete="new-password" required aria-invalid={mismatch} aria-describedby="confirm-err" />
      </label>
      {mismatch ? <p id="confirm-err" className="field-error">The two passwords differ.</p> : null}
      <button className="btn btn-primary" type="submit" disabled={pending}>{pending ? "Saving…" : "Set password"}</button>
    </form>
  );
}
