import { apiHandler } from "@/lib/http/api-handler";
import { assertCan } from "@/lib/auth/policy";
import { getSettings } from "@/lib/settings/get-settings";
import { updateSettings } from "@/lib/settings/update-settings";

// GET /api/v1/settings (admin) → the settings with defaults applied
export const GET = apiHandler(async ({ actor }) => {
  assertCan(actor, "settings.read");
  return getSettings();
});

// PUT /api/v1/settings { minSources?, allowSelfApproval?, ... } (admin) → the settings after the change
export const PUT = apiHandler(async ({ actor, json }) => updateSettings({ actor, input: await json() }));
