"use client";

import { useEffect, useId } from "react";
import type { ClaimDto } from "@/lib/claim/claim.types";
import { CLAIM_KINDS, type ClaimKindValue } from "@/lib/claim/claim-values";
import { warmInputSchemas } from "@/components/claim/input-schemas";
import type { RatingScaleEntryDto } from "@/lib/rating-scale/rating-scale.types";
import { LazyExplanationEditor as ExplanationEditor } from "@/components/editor/lazy-explanation-editor";
import { KIND_LABEL, STATUS_GLYPH, STATUS_LABEL } from "@/components/claim/claim-labels";
import { useClaimAutosave } from "@/components/claim/use-claim-autosave";
import { SaveStatus } from "@/components/claim/save-status";
import { ConflictDialog } from "@/components/claim/conflict-dialog";
import { SourcesEditor } from "@/components/claim/sources-editor";
import { CommentsThread } from "@/components/claim/comments-thread";
import { DeleteClaimButton } from "@/components/claim/delete-claim-button";
import { ClaimReviewPanel } from "@/components/review/claim-review-panel";
import { apiFetch } from "@/components/claim/api-client";
import type { Role } from "@/lib/generated/prisma/enums";

/** The signed-in user as the workspace needs them: who, and which controls to show. */
export type WorkspaceUser = {
  id: string; name: string;
  canCreate: boolean; canUpdate: boolean; canDelete: boolean; canComment: boolean; canWriteSources: boolean;
  /** shows the review buttons this role may use (the server checks again) */
  role?: Role;
  /** colleagues a claim can be assigned to (active, not exporters); the server checks again */
  assignees?: { id: string; name: string }[];
};

type Props = {
  claim: ClaimDto;
  ratingScale: RatingScaleEntryDto[];
  user: WorkspaceUser;
  onSaved: (dto: ClaimDto) => void;
  onDeleted: (id: string) => void;
};

/**
 * Research on the focused claim: statement, claimant, kind, assignee, verdict, sources and
 * comments, saved automatically. An approved claim is shown read-only ("locked").
 */
export function ResearchForm({ claim, ratingScale, user, onSaved, onDeleted }: Props) {
  const id = useId();
  // the input schemas load once the form is on screen (the first save waits for them otherwise)
  useEffect(() => warmInputSchemas(), []);
  const a = useClaimAutosave(claim, onSaved);
  const { server, draft, fieldErrors } = a;
  const isLocked = server.status === "APPROVED";
  const readOnly = isLocked || !user.canUpdate;
  const err = (k: string) => fieldErrors[k] ?? fieldErrors[`verdict.${k}`];
  const errProps = (k: string) => (err(k) ? { "aria-invalid": true as const, "aria-describedby": `${id}-${k}-err` } : {});
  const errText = (k: string, label: string) => (err(k) ? <span className="field-error" aria-hidden="true" id={`${id}-${k}-err`}>{label}: {err(k)}</span> : null);
  const assignees = [{ id: user.id, name: `${user.name} (me)` }, ...(user.assignees ?? []).filter((p) => p.id !== user.id)];
  if (server.assignee && !assignees.some((p) => p.id === server.assignee!.id)) assignees.push(server.assignee);

  return (
    <section className="research card stack" aria-labelledby={`${id}-title`} data-testid="research-form">
      <div className="row research-head">
        <h2 id={`${id}-title`} className="grow">Research</h2>
        <span className={`status status-${server.status}`}>
          <span aria-hidden="true">{STATUS_GLYPH[server.status]}</span> {STATUS_LABEL[server.status]}
        </span>
        {!readOnly ? <SaveStatus state={a.state} error={a.error} onRetry={() => void a.flush()} /> : null}
      </div>
      <blockquote className="research-quote">“{server.selector.exact}”</blockquote>
      {isLocked ? <p className="notice" role="note">🔒 Approved claims are locked. An editor can reopen it to change anything.</p> : null}
      {server.anchor.outcome === "ORPHANED" ? <p className="error">This claim could not be found in the current text (orphaned).</p> : null}
      {server.lastReview?.decision === "REQUEST_CHANGES" ? (
        <p className="notice">Changes requested by {server.lastReview.reviewer.name}: {server.lastReview.note}</p>
      ) : null}

      <fieldset className="stack plain" disabled={readOnly}>
        <legend className="visually-hidden">Claim</legend>
        <label className="field" htmlFor={`${id}-statement`}>
          Statement (a standalone sentence)
          <textarea id={`${id}-statement`} rows={2} value={draft.statement} onChange={(e) => a.setField("statement", e.target.value)} {...errProps("statement")} placeholder="The ISS cost $100 billion" />
          {errText("statement", "Statement")}
        </label>
        <div className="row">
          <label className="field grow" htmlFor={`${id}-claimant`}>
            Claimant (who asserts it)
            <input id={`${id}-claimant`} value={draft.claimant} onChange={(e) => a.setField("claimant", e.target.value)} {...errProps("claimant")} />
            {errText("claimant", "Claimant")}
          </label>
          <label className="field" htmlFor={`${id}-kind`}>
            Kind
            <select id={`${id}-kind`} value={draft.kind} onChange={(e) => a.setField("kind", e.target.value as ClaimKindValue)}>
              {CLAIM_KINDS.map((k) => <option key={k} value={k}>{KIND_LABEL[k]}</option>)}
            </select>
          </label>
          <label className="field" htmlFor={`${id}-assignee`}>
            Assignee
            <select id={`${id}-assignee`} value={draft.assigneeId ?? ""} onChange={(e) => a.setField("assigneeId", e.target.value || null)} {...errProps("assigneeId")}>
              <option value="">Unassigned</option>
              {assignees.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
            </select>
            {errText("assigneeId", "Assignee")}
          </label>
        </div>
      </fieldset>

      <fieldset className="stack verdict" disabled={readOnly}>
        <legend>Verdict</legend>
        <label className="field" htmlFor={`${id}-rating`}>
          Rating
          <select id={`${id}-rating`} value={draft.rating ?? ""} onChange={(e) => a.setField("rating", e.target.value || null)} {...errProps("rating")}>
            <option value="">No rating yet</option>
            {ratingScale.filter((r) => !r.retired || r.key === draft.rating).map((r) => (
              <option key={r.key} value={r.key} title={r.description}>{r.label}{r.retired ? " (retired)" : ""}</option>
            ))}
          </select>
          {errText("rating", "Rating")}
        </label>
        <label className="field" htmlFor={`${id}-summary`}>
          One-line summary
          <input id={`${id}-summary`} value={draft.summary} onChange={(e) => a.setField("summary", e.target.value)} {...errProps("summary")} />
          {errText("summary", "Summary")}
        </label>
        <div className="field">
          <span id={`${id}-explanation-label`}>Explanation</span>
          <ExplanationEditor
            key={a.externalRev}
            id={`${id}-explanation`}
            labelledBy={`${id}-explanation-label`}
            value={draft.explanation}
            disabled={readOnly}
            onChange={(doc) => a.setField("explanation", doc)}
          />
          {errText("explanation", "Explanation")}
        </div>
      </fieldset>

      <SourcesEditor claim={server} readOnly={readOnly || !user.canWriteSources} mutate={a.mutate} />

      {/* Review actions (submit / approve / request changes / reopen / propose) and History */}
      <div data-slot="review-actions" className="review-actions-slot">
        <ClaimReviewPanel
          claim={server}
          user={user}
          perform={async (send) => {
            await a.flush();
            await a.mutate(async () => {
              await send();
              return apiFetch<ClaimDto>(`/api/v1/claims/${encodeURIComponent(server.id)}`);
            });
          }}
        />
      </div>

      <CommentsThread claimId={server.id} canComment={user.canComment} />

      {user.canDelete && !isLocked ? (
        <div className="row danger-zone">
          <DeleteClaimButton claimId={server.id} quote={server.selector.exact} onDeleted={onDeleted} />
        </div>
      ) : null}

      {a.conflict ? <ConflictDialog conflict={a.conflict} onResolve={a.resolveConflict} /> : null}
    </section>
  );
}
