import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { listApiTokens } from "@/lib/token/list-api-tokens";
import { roleLabel } from "@/lib/auth/policy";
import { ApiTokens } from "@/components/settings/api-tokens";

export const metadata: Metadata = { title: "Your settings" };

export default async function SettingsPage() {
  const actor = await requirePageActor("token.manageOwn");
  const tokens = await listApiTokens({ actor });
  return (
    <div className="stack" style={{ maxWidth: 900 }}>
      <h1>Your settings</h1>
      <p>
        Signed in as <strong>{actor.name}</strong> ({actor.email}), {roleLabel(actor.role)}.
      </p>
      <ApiTokens initialTokens={tokens} />
    </div>
  );
}
