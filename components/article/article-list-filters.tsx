import { CLAIM_STATUSES } from "@/lib/claim/claim-values";
import { STATUS_LABEL } from "@/components/claim/claim-labels";

/** Search and status filter of the article list: a plain GET form, so it works without JavaScript. */
export function ArticleListFilters({ q, status }: { q: string; status: string }) {
  return (
    <form method="get" action="/articles" className="row card" role="search" aria-label="Filter articles">
      <label className="field grow" htmlFor="articles-q">
        Search title or publisher
        <input id="articles-q" name="q" type="search" defaultValue={q} />
      </label>
      <label className="field" htmlFor="articles-status">
        With claims that are
        <select id="articles-status" name="status" defaultValue={status}>
          <option value="">Any status</option>
          {CLAIM_STATUSES.map((s) => <option key={s} value={s}>{STATUS_LABEL[s]}</option>)}
        </select>
      </label>
      <button type="submit" className="btn">Filter</button>
    </form>
  );
}
