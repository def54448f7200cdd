"use client";

import { useEffect, useId, useState, type FormEvent } from "react";
import type { CommentDto } from "@/lib/comment/comment.types";
import { loadInputSchemas } from "@/components/claim/input-schemas";
import { apiFetch, ApiError } from "@/components/claim/api-client";

/** The discussion on one claim: oldest first, with author and time. */
export function CommentsThread({ claimId, canComment }: { claimId: string; canComment: boolean }) {
  const id = useId();
  const [comments, setComments] = useState<CommentDto[] | null>(null);
  const [body, setBody] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const ctrl = new AbortController();
    apiFetch<CommentDto[] | { items: CommentDto[] }>(`/api/v1/claims/${claimId}/comments`, { signal: ctrl.signal })
      .then((r) => setComments(Array.isArray(r) ? r : r.items))
      .catch((e) => {
        if (!ctrl.signal.aborted) setError(e instanceof ApiError ? e.message : "Could not load comments.");
      });
    return () => ctrl.abort();
  }, [claimId]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const { createCommentInputSchema } = await loadInputSchemas();
    const parsed = createCommentInputSchema.safeParse({ body });
    if (!parsed.success) {
      setError("Write a comment first.");
      return;
    }
    setBusy(true);
    try {
      const c = await apiFetch<CommentDto>(`/api/v1/claims/${claimId}/comments`, { method: "POST", body: parsed.data });
      setComments((list) => [...(list ?? []), c]);
      setBody("");
      setError(null);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : "Could not post the comment; it is still in the box.");
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="comments" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>Comments</h3>
      {comments === null && !error ? <p className="small muted">Loading…</p> : null}
      <ol className="comment-list">
        {(comments ?? []).map((c) => (
          <li key={c.id} className="comment">
            <div className="small muted">
              <strong>{c.author.name}</strong> · <time dateTime={c.createdAt}>{new Date(c.createdAt).toLocaleString()}</time>
            </div>
            <p className="comment-body">{c.body}</p>
          </li>
        ))}
      </ol>
      {comments?.length === 0 ? <p className="small muted">No comments yet.</p> : null}
      {canComment ? (
        <form onSubmit={submit} className="stack">
          <label className="field" htmlFor={`${id}-body`}>
            Add a comment
            <textarea id={`${id}-body`} value={body} onChange={(e) => setBody(e.target.value)} />
          </label>
          <button type="submit" className="btn" disabled={busy}>Post comment</button>
        </form>
      ) : null}
      {error ? <p className="error" role="alert">{error}</p> : null}
    </section>
  );
}
