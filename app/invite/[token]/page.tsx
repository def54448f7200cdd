import type { Metadata } from "next";
import Link from "next/link";
import { findInvite } from "@/lib/user/find-invite";
import { SetPasswordForm } from "@/components/admin/set-password-form";
import { acceptInviteAction } from "./actions";

export const metadata: Metadata = { title: "Set your password", referrer: "no-referrer" };

// Outside the workspace layout: the invited person is not signed in yet.
export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invite = await findInvite(decodeURIComponent(token));
  return (
    <main id="main" className="sign-in">
      <h1>Factmark</h1>
      {invite ? (
        <>
          <p>Welcome, {invite.name}. Choose a password for <strong>{invite.email}</strong>.</p>
          <SetPasswordForm token={decodeURIComponent(token)} email={invite.email} action={acceptInviteAction} />
        </>
      ) : (
        <p role="alert" className="error">
          This invitation link is invalid, already used or expired. Ask an administrator for a new one, or <Link href="/sign-in">sign in</Link>.
        </p>
      )}
    </main>
  );
}
