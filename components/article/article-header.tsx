import type { ArticleMetadataDto, RevisionDto } from "@/lib/article/article.types";
import { RevisionLinks } from "@/components/revision/revision-links";

function safeHttpUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === "http:" || u.protocol === "https:" ? u.toString() : null;
  } catch {
    return null;
  }
}

/** Title and metadata of an article above its text. */
export function ArticleHeader({ article }: { article: ArticleMetadataDto & { revision: RevisionDto; claims?: readonly { anchor: { outcome: string } }[] } }) {
  const href = safeHttpUrl(article.sourceUrl);
  const published = article.publishedAt ? new Date(article.publishedAt).toISOString().slice(0, 10) : null;
  return (
    <header className="article-header">
      <h1>{article.title}</h1>
      <p className="small muted">
        {[article.publisher, article.byline, published && `published ${published}`, `language ${article.language}`, `revision ${article.revision.number}`]
          .filter(Boolean)
          .join(" · ")}
        {href ? (
          <>
            {" · "}
            <a href={href} rel="noopener noreferrer nofollow" target="_blank">original</a>
          </>
        ) : null}
      </p>
      <RevisionLinks articleId={article.id} claims={article.claims} />
    </header>
  );
}
