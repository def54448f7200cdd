import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { isAppError } from "@/lib/errors/app-error";
import { listRevisions } from "@/lib/revision/list-revisions";
import { getRevision } from "@/lib/revision/get-revision";
import { RevisionDiff } from "@/components/revision/revision-diff";
import { RevisionPicker } from "@/components/revision/revision-picker";
import "@/components/revision/revision.css";

export const metadata: Metadata = { title: "Revisions" };

const asNumber = (v: string | string[] | undefined) => (typeof v === "string" && /^\d{1,9}$/.test(v) ? Number(v) : undefined);

export default async function RevisionsPage(props: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor("article.read");
  const { id } = await props.params;
  const query = await props.searchParams;
  const { currentRevisionNo, revisions } = await listRevisions({ actor, articleId: id }).catch((e: unknown) => {
    if (isAppError(e) && (e.code === "NOT_FOUND" || e.code === "INVALID_INPUT")) notFound();
    throw e;
  });
  const numbers = new Set(revisions.map((r) => r.number));
  const pick = (n: number | undefined, fallback: number) => (n !== undefined && numbers.has(n) ? n : fallback);
  const to = pick(asNumber(query.to), currentRevisionNo);
  const from = pick(asNumber(query.from), Math.max(1, to - 1));
  const [older, newer] = await Promise.all([getRevision({ actor, articleId: id, number: Math.min(from, to) }), getRevision({ actor, articleId: id, number: Math.max(from, to) })]);
  return (
    <div className="stack">
      <p className="small"><a href={`/articles/${id}`}>← Back to the article</a></p>
      <h1>Revisions</h1>
      <RevisionPicker articleId={id} revisions={revisions} from={older.number} to={newer.number} />
      <RevisionDiff older={older} newer={newer} />
    </div>
  );
}
