import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { getSettings } from "@/lib/settings/get-settings";
import { SettingsForm } from "@/components/admin/settings-form";

export const metadata: Metadata = { title: "Newsroom settings" };

export default async function AdminSettingsPage() {
  await requirePageActor("settings.manage");
  const settings = await getSettings();
  return (
    <div className="stack">
      <h1>Newsroom settings</h1>
      <SettingsForm initial={settings} />
    </div>
  );
}
