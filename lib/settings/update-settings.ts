import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { parseInput } from "@/lib/errors/zod-to-app-error";
import { Prisma } from "@/lib/generated/prisma/client";
import { getSettings } from "@/lib/settings/get-settings";
import { updateSettingsSchema, type Settings } from "@/lib/settings/settings.types";

/**
 * An admin changes some settings (omitted keys stay as they are). Each changed key is one
 * row and one audit event with its before and after value, in one transaction.
 */
export async function updateSettings(opts: { actor: Actor; input: unknown }): Promise<Settings> {
  assertCan(opts.actor, "settings.manage");
  const input = parseInput(updateSettingsSchema, opts.input);
  return db.$transaction(async (tx) => {
    const before = await getSettings(tx);
    for (const [key, value] of Object.entries(input) as [keyof Settings, Settings[keyof Settings]][]) {
      if (value === undefined || JSON.stringify(before[key]) === JSON.stringify(value)) continue;
      const json = (value === null ? Prisma.JsonNull : value) as Prisma.InputJsonValue;
      await tx.setting.upsert({
        where: { key },
        create: { key, value: json, updatedById: opts.actor.id },
        update: { value: json, updatedById: opts.actor.id },
      });
      await recordAuditEvent(tx, {
        actor: opts.actor,
        action: "setting.update",
        entityType: "setting",
        entityId: key,
        before: { [key]: before[key] },
        after: { [key]: value },
      });
    }
    return getSettings(tx);
  });
}
