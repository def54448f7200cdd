import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { getArticle } from "@/lib/article/get-article";
import { isAppError } from "@/lib/errors/app-error";
import { UpdateTextPage } from "@/components/revision/update-text-page";

export const metadata: Metadata = { title: "Update text" };

export default async function UpdateArticleTextPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor("article.revise");
  const { id } = await params;
  const article = await getArticle({ actor, articleId: id }).catch((e: unknown) => {
    if (isAppError(e) && (e.code === "NOT_FOUND" || e.code === "INVALID_INPUT")) notFound();
    throw e;
  });
  const isOrphan = (outcome: string) => outcome === "ORPHANED";
  return (
    <div className="stack" style={{ maxWidth: 1000 }}>
      <p className="small"><a href={`/articles/${article.id}`}>← {article.title}</a></p>
      <h1>Update text</h1>
      <p>
        Currently revision {article.revision.number}. Paste the corrected article (or its HTML, or re-fetch the page): it becomes
        revision {article.revision.number + 1}, the current one stays readable under <a href={`/articles/${article.id}/revisions`}>Revisions</a>,
        and every claim is re-anchored by its quote and context. Approved claims whose words changed go back to review.
      </p>
      <UpdateTextPage
        articleId={article.id}
        sourceUrl={article.sourceUrl}
        revision={{ id: article.revision.id, number: article.revision.number, text: article.revision.text }}
        placed={article.claims.filter((c) => !isOrphan(c.anchor.outcome)).map((c) => ({ id: c.id, start: c.selector.start, end: c.selector.end, status: c.status }))}
        orphans={article.claims.filter((c) => isOrphan(c.anchor.outcome)).map((c) => ({ id: c.id, exact: c.selector.exact, prefix: c.selector.prefix, suffix: c.selector.suffix, statement: c.statement, status: c.status }))}
      />
    </div>
  );
}
