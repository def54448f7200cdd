/** "Update text" and "Revisions" links for the article header, and a notice when claims are orphaned. */
export function RevisionLinks({ articleId, claims }: { articleId: string; claims?: readonly { anchor: { outcome: string } }[] }) {
  const orphans = claims?.filter((c) => c.anchor.outcome === "ORPHANED").length ?? 0;
  return (
    <>
      <p className="row small revision-links">
        <a href={`/articles/${articleId}/update`}>Update text</a>
        <a href={`/articles/${articleId}/revisions`}>Revisions</a>
      </p>
      {orphans > 0 ? (
        <p className="notice" role="status" data-testid="orphan-notice">
          {orphans === 1 ? "1 claim is" : `${orphans} claims are`} orphaned: {orphans === 1 ? "its" : "their"} words are no longer in the text.{" "}
          <a href={`/articles/${articleId}/update`}>Re-attach or delete {orphans === 1 ? "it" : "them"}</a>
        </p>
      ) : null}
    </>
  );
}
