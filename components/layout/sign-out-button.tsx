"use client";

/** next-auth's browser client is loaded on click: no page needs it in its first scripts. */
async function signOut() {
  const { signOut: nextAuthSignOut } = await import("next-auth/react");
  await nextAuthSignOut({ callbackUrl: "/sign-in" });
}

export function SignOutButton() {
  return (
    <button type="button" className="btn btn-quiet" onClick={() => void signOut()}>
      Sign out
    </button>
  );
}
