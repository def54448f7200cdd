import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { can } from "@/lib/auth/policy";
import { listArticles } from "@/lib/article/list-articles";
import { isAppError } from "@/lib/errors/app-error";
import { ArticleListFilters } from "@/components/article/article-list-filters";
import { ArticleListTable } from "@/components/article/article-list-table";

export const metadata: Metadata = { title: "Articles" };

type Search = { q?: string; status?: string; page?: string };

export default async function ArticlesPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requirePageActor("article.read");
  const sp = await searchParams;
  const query = {
    ...(sp.q ? { q: sp.q } : {}),
    ...(sp.status ? { status: sp.status } : {}),
    ...(sp.page ? { page: sp.page } : {}),
  };
  const result = await listArticles({ actor, query }).catch((e: unknown) => {
    if (isAppError(e) && e.code === "INVALID_INPUT") return { error: e.message } as const;
    throw e;
  });
  return (
    <div className="stack">
      <div className="row">
        <h1 className="grow">Articles</h1>
        {can(actor, "article.import") ? <Link className="btn btn-primary" href="/articles/new">Import an article</Link> : null}
      </div>
      <ArticleListFilters q={sp.q ?? ""} status={sp.status ?? ""} />
      {"error" in result ? (
        <p className="error" role="alert">{result.error}</p>
      ) : (
        <ArticleListTable list={result} q={sp.q ?? ""} status={sp.status ?? ""} />
      )}
    </div>
  );
}
