import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";

export type SentBackItem = {
  id: string;
  statement: string;
  exact: string;
  article: { id: string; title: string };
  note: string;
  reviewer: { id: string; name: string } | null;
  sentBackAt: string | null;
};

/**
 * Claims an editor sent back to the actor (assigned to them, or created by them when
 * unassigned), with the editor's latest note, oldest first.
 */
export async function listSentBack(opts: { actor: Actor }): Promise<SentBackItem[]> {
  assertCan(opts.actor, "claim.update");
  const rows = await db.claim.findMany({
    where: {
      status: "CHANGES_REQUESTED",
      OR: [{ assigneeId: opts.actor.id }, { assigneeId: null, createdById: opts.actor.id }],
    },
    orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
    take: 500,
    include: {
      article: { select: { id: true, title: true } },
      reviews: {
        where: { decision: "REQUEST_CHANGES" },
        orderBy: { createdAt: "desc" },
        take: 1,
        include: { reviewer: { select: { id: true, name: true } } },
      },
    },
  });
  return rows.map((c) => {
    const r = c.reviews[0];
    return {
      id: c.id,
      statement: c.statement,
      exact: c.exact,
      article: c.article,
      note: r?.note ?? "",
      reviewer: r?.reviewer ?? null,
      sentBackAt: r?.createdAt.toISOString() ?? null,
    };
  });
}
