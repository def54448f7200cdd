"use client";

import { useEffect, useRef } from "react";
import type { ClaimDto } from "@/lib/claim/claim.types";
import { CHANGED_FIELD_TO_DRAFT, draftOf, type ClaimDraft } from "@/components/claim/claim-draft";
import { FIELD_LABEL, KIND_LABEL } from "@/components/claim/claim-labels";
import type { ClaimConflict } from "@/components/claim/use-claim-autosave";

function show(field: keyof ClaimDraft | undefined, draft: ClaimDraft, claim: ClaimDto): string {
  if (!field) return "";
  if (field === "kind") return KIND_LABEL[draft.kind];
  if (field === "assigneeId") return draft.assigneeId ? (claim.assignee?.id === draft.assigneeId ? claim.assignee.name : "someone") : "unassigned";
  if (field === "rating") return draft.rating ? (claim.verdict?.rating?.key === draft.rating ? claim.verdict.rating.label : draft.rating) : "(none)";
  if (field === "explanation") return claim.verdict?.explanationText || "(empty)";
  const v = draft[field];
  return typeof v === "string" ? v || "(empty)" : "";
}

/**
 * Shown when a save was refused because someone else changed the claim first: what they
 * changed (their values) next to what the user was saving, and the two ways out.
 */
export function ConflictDialog({ conflict, onResolve }: { conflict: ClaimConflict; onResolve: (c: "mine" | "theirs") => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);
  const theirs = draftOf(conflict.theirs);
  const fields = conflict.changedFields.length ? conflict.changedFields : ["statement"];
  return (
    <dialog ref={ref} className="conflict-dialog card" aria-labelledby="conflict-title" aria-describedby="conflict-desc" onCancel={(e) => e.preventDefault()}>
      <h2 id="conflict-title">Someone else changed this claim</h2>
      <p id="conflict-desc">
        While you were editing, the claim was saved by someone else (now version {conflict.theirs.version}). Nothing of yours was
        overwritten. Their changes:
      </p>
      <table className="table">
        <thead>
          <tr><th scope="col">Field</th><th scope="col">Their value</th><th scope="col">Your unsaved value</th></tr>
        </thead>
        <tbody>
          {fields.map((f) => {
            const d = CHANGED_FIELD_TO_DRAFT[f];
            const mineHas = d !== undefined && d in conflict.mine;
            return (
              <tr key={f} data-field={f}>
                <th scope="row">{FIELD_LABEL[f] ?? f}</th>
                <td data-testid="their-value">{d ? show(d, theirs, conflict.theirs) : "changed"}</td>
                <td>{mineHas && d ? show(d, { ...theirs, ...conflict.mine }, conflict.theirs) : <span className="muted">not edited</span>}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="small muted">
        Your edited fields: {Object.keys(conflict.mine).map((k) => FIELD_LABEL[k === "rating" || k === "summary" || k === "explanation" ? `verdict.${k}` : k] ?? k).join(", ") || "none"}.
      </p>
      <div className="row">
        <button type="button" className="btn btn-primary" autoFocus onClick={() => { ref.current?.close(); onResolve("mine"); }}>
          Apply my changes on top
        </button>
        <button type="button" className="btn" onClick={() => { ref.current?.close(); onResolve("theirs"); }}>
          Discard mine
        </button>
      </div>
    </dialog>
  );
}
