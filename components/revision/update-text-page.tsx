"use client";

import { useState } from "react";
import type { CreateRevisionResultDto } from "@/lib/revision/revision.types";
import { UpdateTextForm } from "@/components/revision/update-text-form";
import { UpdateSummary } from "@/components/revision/update-summary";
import { OrphanResolver } from "@/components/revision/orphan-resolver";
import type { OrphanItem, PlacedSpan } from "@/components/revision/revision-types";
import "@/components/article/workspace.css";
import "@/components/revision/revision.css";

type Props = {
  articleId: string;
  sourceUrl: string | null;
  revision: { id: string; number: number; text: string };
  placed: PlacedSpan[];
  orphans: OrphanItem[];
};

/** "Update text": the correction form, then the re-anchoring summary and the orphans to resolve. */
export function UpdateTextPage(props: Props) {
  const [revision, setRevision] = useState(props.revision);
  const [placed, setPlaced] = useState(props.placed);
  const [orphans, setOrphans] = useState(props.orphans);
  const [result, setResult] = useState<CreateRevisionResultDto | null>(null);
  // stays shown after the last orphan is resolved, so its confirmation stays readable
  const [hadOrphans] = useState(props.orphans.length > 0);

  function onDone(r: CreateRevisionResultDto) {
    setResult(r);
    setRevision({ id: r.revision.id, number: r.revision.number, text: r.revision.text });
    setPlaced(r.claims.flatMap((c) => (c.selector ? [{ id: c.id, start: c.selector.start, end: c.selector.end, status: c.status }] : [])));
    setOrphans(r.claims.filter((c) => c.outcome === "ORPHANED").map((c) => ({ id: c.id, exact: c.oldExact, prefix: c.oldPrefix, suffix: c.oldSuffix, statement: c.statement, status: c.status })));
  }

  return (
    <div className="stack update-text">
      {result ? <UpdateSummary result={result} articleId={props.articleId} /> : null}
      {result || hadOrphans ? (
        <OrphanResolver text={revision.text} revisionKey={revision.id} orphans={orphans} placed={placed} onResolved={(id) => setOrphans((list) => list.filter((o) => o.id !== id))} />
      ) : null}
      {result ? (
        <p><a className="btn" href={`/articles/${props.articleId}`}>Back to the article</a></p>
      ) : (
        <UpdateTextForm articleId={props.articleId} currentText={revision.text} sourceUrl={props.sourceUrl} onDone={onDone} />
      )}
    </div>
  );
}
