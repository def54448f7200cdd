/** Readable sentences for audit actions; unknown actions fall back to their code. */
const ACTION_LABEL: Record<string, string> = {
  "claim.create": "marked the claim",
  "claim.update": "edited the claim",
  "claim.delete": "deleted the claim",
  "claim.submit": "submitted it for review",
  "claim.approve": "approved it",
  "claim.requestChanges": "requested changes",
  "claim.reopen": "reopened it",
  "claim.proposeChange": "proposed a change",
  "claim.reanchor": "re-anchored it to a new revision",
  "source.create": "added a source",
  "source.update": "edited a source",
  "source.delete": "removed a source",
  "source.reorder": "reordered the sources",
  "comment.create": "commented",
  "user.invite": "invited a user",
  "user.reinvite": "sent a new invitation",
  "user.update": "changed a user",
  "user.disable": "disabled a user",
  "user.enable": "re-enabled a user",
  "user.acceptInvite": "set their password",
  "setting.update": "changed a setting",
  "ratingScale.update": "changed the rating scale",
};

export function actionLabel(action: string): string {
  return ACTION_LABEL[action] ?? action;
}
