import type { ResearchForm } from "@/components/claim/research-form";

type ResearchFormComponent = typeof ResearchForm;

let loaded: ResearchFormComponent | null = null;
let pending: Promise<ResearchFormComponent> | null = null;

/**
 * The research form's chunk (with tiptap's StarterKit for the explanation editor, the
 * sources editor, comments and review panel): loaded lazily so the workspace's first load
 * stays small, and warmed after first paint so focusing a claim does not wait for it.
 * One request however often it is called; a failed load may be tried again.
 */
export function loadResearchForm(): Promise<ResearchFormComponent> {
  pending ??= import("@/components/claim/research-form").then(
    (m) => (loaded = m.ResearchForm),
    (e: unknown) => {
      pending = null;
      throw e;
    },
  );
  return pending;
}

/**
 * The research form once its chunk is loaded, else null. Rendering it directly (rather than
 * through `React.lazy`) means a focused claim never suspends, so React's fallback throttle
 * (~300 ms) never delays the form.
 */
export function loadedResearchForm(): ResearchFormComponent | null {
  return loaded;
}
