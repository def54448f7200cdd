/** Human names of the fields a refused submit or request names. */
export const FIELD_NAMES: Record<string, string> = {
  statement: "Statement",
  "verdict.rating": "Rating",
  "verdict.summary": "Verdict summary",
  sources: "Sources",
  note: "Note",
  version: "Version",
};

export const DECISION_LABEL: Record<string, string> = {
  APPROVE: "Approved",
  REQUEST_CHANGES: "Changes requested",
  REOPEN: "Reopened",
};
