import { z } from "zod";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/zod-to-app-error";
import type { RatingScaleEntryDto } from "@/lib/rating-scale/rating-scale.types";

const entrySchema = z
  .object({
    key: z.string().trim().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be lowercase words joined by hyphens, e.g. mostly-true").max(60),
    label: z.string().trim().min(1, "is required").max(80),
    description: z.string().trim().max(500).optional(),
    value: z.number().int().min(0).max(100).nullable(),
    colour: z.string().regex(/^#[0-9a-fA-F]{6}$/, "must be a colour like #15803d"),
    retired: z.boolean().optional(),
  })
  .strict();

/** PUT /api/v1/rating-scale: the whole scale in display order (position = index). */
export const updateRatingScaleSchema = z
  .object({ entries: z.array(entrySchema).min(1, "needs at least one rating").max(100) })
  .strict()
  .superRefine((v, ctx) => {
    const seen = new Set<string>();
    v.entries.forEach((e, i) => {
      if (seen.has(e.key)) ctx.addIssue({ code: "custom", path: ["entries", i, "key"], message: "is used twice" });
      seen.add(e.key);
    });
  });

/**
 * An admin replaces the rating scale: labels, order, numeric values, colours, retirement.
 * Keys are stable identifiers: an entry is matched by key, so renaming a label never changes
 * existing verdicts. Leaving out an entry deletes it, which is refused (409) while any verdict
 * uses it — retire it instead.
 */
export async function updateRatingScale(opts: { actor: Actor; input: unknown }): Promise<RatingScaleEntryDto[]> {
  assertCan(opts.actor, "ratingScale.manage");
  const { entries } = parseInput(updateRatingScaleSchema, opts.input);
  return db.$transaction(async (tx) => {
    const before = await tx.ratingScaleEntry.findMany({ orderBy: { position: "asc" } });
    const keep = new Set(entries.map((e) => e.key));
    const removed = before.filter((e) => !keep.has(e.key));
    if (removed.length > 0) {
      const used = await tx.verdict.groupBy({ by: ["ratingId"], where: { ratingId: { in: removed.map((r) => r.id) } }, _count: true });
      if (used.length > 0) {
        const names = removed.filter((r) => used.some((u) => u.ratingId === r.id)).map((r) => r.label);
        throw new AppError("CONFLICT", `Cannot delete ${names.join(", ")}: verdicts use it. Retire it instead.`, {
          fields: Object.fromEntries(names.map((n) => [n, "is in use; retire it instead of deleting"])),
        });
      }
      await tx.ratingScaleEntry.deleteMany({ where: { id: { in: removed.map((r) => r.id) } } });
    }
    for (const [position, e] of entries.entries()) {
      const data = { label: e.label, description: e.description ?? "", value: e.value, colour: e.colour.toLowerCase(), retired: e.retired ?? false, position };
      await tx.ratingScaleEntry.upsert({ where: { key: e.key }, create: { key: e.key, ...data }, update: data });
    }
    const after = await tx.ratingScaleEntry.findMany({ orderBy: { position: "asc" } });
    const plain = (rows: typeof after) => rows.map(({ key, label, value, colour, retired, position }) => ({ key, label, value, colour, retired, position }));
    await recordAuditEvent(tx, { actor: opts.actor, action: "ratingScale.update", entityType: "ratingScale", entityId: "scale", before: { entries: plain(before) }, after: { entries: plain(after) } });
    return after.map((r) => ({ id: r.id, key: r.key, label: r.label, description: r.description, position: r.position, value: r.value, colour: r.colour, retired: r.retired }));
  });
}
