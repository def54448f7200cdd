import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { AppError, invalid, notFound } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/zod-to-app-error";
import { hashText } from "@/lib/article/create-article";
import { createRevisionInputSchema, type CreateRevisionResultDto } from "@/lib/revision/revision.types";
import { readRevisionText } from "@/lib/revision/read-revision-text";
import { planReanchor } from "@/lib/revision/plan-reanchor";
import { applyRevision } from "@/lib/revision/apply-revision";
import { toRevisionSummaryDto } from "@/lib/revision/revision-dto";

/**
 * "Update text": a corrected text (pasted text, HTML, or the page re-fetched) becomes the
 * article's next revision, and every claim is re-anchored onto it. The old revision and
 * each claim's old anchor stay on record. The text is normalised as on import; an identical
 * text is refused (UNPROCESSABLE). Re-anchoring is pure and runs before the transaction, so
 * the transaction stays short; see `applyRevision` for what it writes and how a concurrent
 * update is refused (CONFLICT).
 */
export async function createRevision(opts: { actor: Actor; articleId: string; input: unknown }): Promise<CreateRevisionResultDto> {
  const { actor, articleId } = opts;
  assertCan(actor, "article.revise");
  const input = parseInput(createRevisionInputSchema, opts.input);
  const article = await db.article.findUnique({ where: { id: articleId }, select: { id: true, sourceUrl: true, currentRevisionNo: true } });
  if (!article) throw notFound("Article");
  const current = await db.articleRevision.findUnique({ where: { articleId_number: { articleId, number: article.currentRevisionNo } } });
  if (!current) throw notFound("Article revision");
  const { text, sourceHtml } = await readRevisionText(input, article);
  const field = "text" in input ? "text" : "html" in input ? "html" : "url";
  if (text === "") throw invalid({ [field]: "has no article text" }, "The corrected text is empty");
  const sha256 = hashText(text);
  if (sha256 === current.sha256) {
    throw new AppError("UNPROCESSABLE", `No change: the text is identical to revision ${current.number}`, { fields: { [field]: `is identical to revision ${current.number}` } });
  }
  const claims = await db.claim.findMany({
    where: { articleId },
    select: { id: true, revisionId: true, exact: true, prefix: true, suffix: true, start: true, end: true, status: true, version: true, statement: true },
    orderBy: [{ start: "asc" }, { createdAt: "asc" }],
  });
  const texts = new Map([[current.id, current.text]]);
  const olderIds = [...new Set(claims.map((c) => c.revisionId))].filter((id) => !texts.has(id));
  for (const r of await db.articleRevision.findMany({ where: { id: { in: olderIds } }, select: { id: true, text: true } })) texts.set(r.id, r.text);
  const plans = planReanchor({ claims, textsByRevisionId: texts, newText: text });
  const revision = await db.$transaction((tx) =>
    applyRevision(tx, { actor, articleId, fromNumber: current.number, text, sha256, sourceHtml, note: input.note ?? "", plans }),
  );
  const count = (o: string) => plans.filter((p) => p.outcome === o).length;
  return {
    revision: { ...toRevisionSummaryDto(revision, revision.number), text },
    summary: {
      unchanged: count("UNCHANGED"),
      moved: count("MOVED"),
      changed: count("FUZZY"),
      orphaned: count("ORPHANED"),
      backToReview: plans.filter((p) => p.status !== p.claim.status).length,
    },
    claims: plans.map((p) => ({
      id: p.claim.id,
      outcome: p.outcome,
      score: p.score,
      oldExact: p.claim.exact,
      newExact: p.newExact,
      selector: p.outcome === "ORPHANED" ? null : p.selector,
      oldPrefix: p.claim.prefix,
      oldSuffix: p.claim.suffix,
      status: p.status,
      previousStatus: p.claim.status,
      statement: p.claim.statement,
    })),
  };
}
