import { db, type Tx } from "@/lib/db";
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from "@/lib/settings/settings.types";

/**
 * The newsroom settings: stored values (one row per key) over the defaults. A stored value
 * that no longer validates falls back to its default rather than breaking every page.
 */
export async function getSettings(client: Pick<Tx, "setting"> = db): Promise<Settings> {
  const rows = await client.setting.findMany();
  const merged: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const row of rows) {
    if (row.key in DEFAULT_SETTINGS) merged[row.key] = row.value;
  }
  const parsed = settingsSchema.safeParse(merged);
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}
