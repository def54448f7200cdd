/**
 * The research form's chunk (with tiptap's StarterKit for the explanation editor, the
 * sources editor, comments and review panel): loaded lazily so the workspace's first load
 * stays small, and warmed after first paint so focusing a claim does not wait for it.
 */
export const loadResearchForm = () => import("@/components/claim/research-form").then((m) => m.ResearchForm);
