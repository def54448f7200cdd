import type { ReviewQueueFilter } from "@/lib/review/list-review-queue";

type Options = {
  articles: { id: string; title: string }[];
  people: { id: string; name: string }[];
  ratings: { key: string; label: string }[];
};

/** A plain GET form: filters live in the URL, so a filtered queue can be linked to (the dashboard does). */
export function ReviewQueueFilters({ filter, options }: { filter: ReviewQueueFilter; options: Options }) {
  return (
    <form method="get" className="row card filters" aria-label="Filter the review queue">
      <label className="field">
        Article
        <select name="articleId" defaultValue={filter.articleId ?? ""}>
          <option value="">All articles</option>
          {options.articles.map((a) => <option key={a.id} value={a.id}>{a.title}</option>)}
        </select>
      </label>
      <label className="field">
        Fact-checker
        <select name="factCheckerId" defaultValue={filter.factCheckerId ?? ""}>
          <option value="">Everyone</option>
          {options.people.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
        </select>
      </label>
      <label className="field">
        Rating
        <select name="rating" defaultValue={filter.rating ?? ""}>
          <option value="">Any rating</option>
          {options.ratings.map((r) => <option key={r.key} value={r.key}>{r.label}</option>)}
        </select>
      </label>
      <div className="row" style={{ alignSelf: "flex-end" }}>
        <button type="submit" className="btn btn-primary">Filter</button>
        <a className="btn" href="/review">Clear</a>
      </div>
    </form>
  );
}
