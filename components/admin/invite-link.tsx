"use client";
import { useState } from "react";

/** The one-time set-password link, shown once after inviting; it cannot be shown again. */
export function InviteLink({ email, path, onDismiss }: { email: string; path: string; onDismiss: () => void }) {
  const url = typeof window === "undefined" ? path : `${window.location.origin}${path}`;
  const [copied, setCopied] = useState(false);
  return (
    <div className="notice stack" role="status" data-testid="invite-link">
      <p style={{ margin: 0 }}>
        <strong>Send this link to {email}.</strong> It lets them set their password, works once, expires in 7 days,
        and is shown only now (invite them again for a new one).
      </p>
      <div className="row">
        <input className="grow" readOnly value={url} aria-label="Set-password link" onFocus={(e) => e.currentTarget.select()} />
        <button type="button" className="btn" onClick={() => void navigator.clipboard?.writeText(url).then(() => setCopied(true))}>{copied ? "Copied" : "Copy"}</button>
        <button type="button" className="btn btn-quiet" onClick={onDismiss}>Done</button>
      </div>
    </div>
  );
}
