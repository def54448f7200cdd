"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { ClaimDto } from "@/lib/claim/claim.types";
import type { SuggestionDto, SuggestionListDto } from "@/lib/suggestion/suggestion.types";
import { apiFetch, ApiError } from "@/components/claim/api-client";

export type SuggestionsState = {
  suggestions: SuggestionDto[];
  focused: SuggestionDto | null;
  /** the last dismissed suggestion, while its Undo is offered */
  undoable: SuggestionDto | null;
  error: string | null;
  isLoaded: boolean;
  step(delta: 1 | -1): void;
  focus(key: string | null): void;
  accept(): Promise<void>;
  dismiss(): Promise<void>;
  undo(): Promise<void>;
};

const messageOf = (e: unknown, what: string) => (e instanceof ApiError ? `Could not ${what}: ${e.message}` : `Could not ${what}: the server did not answer.`);

/**
 * The article's open suggestions and what a checker does with them. Dismissal is optimistic
 * (the underline goes at once, and comes back if the server refuses); accepting waits for
 * the draft claim, hands it to `onAccepted` and leaves the claim focused, not a suggestion.
 */
export function useSuggestions(articleId: string, isEnabled: boolean, onAccepted: (claim: ClaimDto) => void): SuggestionsState {
  const [suggestions, setSuggestions] = useState<SuggestionDto[]>([]);
  const [focusedKey, setFocusedKey] = useState<string | null>(null);
  const [undoable, setUndoable] = useState<SuggestionDto | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isLoaded, setLoaded] = useState(false);
  const state = useRef({ suggestions, focusedKey, cursor: -1 });
  state.current.suggestions = suggestions;
  state.current.focusedKey = focusedKey;
  const base = `/api/v1/articles/${encodeURIComponent(articleId)}/suggestions`;

  useEffect(() => {
    if (!isEnabled) return;
    const controller = new AbortController();
    apiFetch<SuggestionListDto>(base, { signal: controller.signal })
      .then((list) => { setSuggestions(list.suggestions); setLoaded(true); })
      .catch((e) => { if (!controller.signal.aborted) setError(messageOf(e, "load suggestions")); });
    return () => controller.abort();
  }, [base, isEnabled]);

  const focus = useCallback((key: string | null) => {
    const found = state.current.suggestions.find((s) => s.key === key);
    if (found) state.current.cursor = found.start;
    setFocusedKey(found ? found.key : null);
  }, []);

  const step = useCallback((delta: 1 | -1) => {
    const { suggestions: list, focusedKey: key, cursor } = state.current;
    if (!list.length) return;
    const at = list.findIndex((s) => s.key === key);
    // with nothing focused, continue from where the last one was (or the top)
    const next = at >= 0 ? list[Math.min(list.length - 1, Math.max(0, at + delta))]
      : delta === 1 ? list.find((s) => s.start >= cursor) ?? list[list.length - 1] : [...list].reverse().find((s) => s.start < cursor) ?? list[0];
    if (next) focus(next.key);
  }, [focus]);

  const accept = useCallback(async () => {
    const target = state.current.suggestions.find((s) => s.key === state.current.focusedKey);
    if (!target) return;
    try {
      const claim = await apiFetch<ClaimDto>(`${base}/${encodeURIComponent(target.key)}/accept`, { method: "POST" });
      setSuggestions((list) => list.filter((s) => s.key !== target.key));
      setFocusedKey(null);
      setError(null);
      onAccepted(claim);
    } catch (e) {
      setError(messageOf(e, "accept the suggestion"));
    }
  }, [base, onAccepted]);

  const dismiss = useCallback(async () => {
    const { suggestions: list, focusedKey: key } = state.current;
    const at = list.findIndex((s) => s.key === key);
    const target = list[at];
    if (!target) return;
    const rest = list.filter((s) => s.key !== target.key);
    setSuggestions(rest);
    // triage flows on: the next suggestion is focused, so D D D works through the article
    setFocusedKey(rest[at]?.key ?? rest[at - 1]?.key ?? null);
    setUndoable(target);
    try {
      await apiFetch(`${base}/${encodeURIComponent(target.key)}/dismiss`, { method: "POST" });
      setError(null);
    } catch (e) {
      setSuggestions((now) => [...now, target].sort((a, b) => a.start - b.start));
      setUndoable(null);
      setError(messageOf(e, "dismiss the suggestion"));
    }
  }, [base]);

  const undo = useCallback(async () => {
    if (!undoable) return;
    try {
      await apiFetch(`${base}/${encodeURIComponent(undoable.key)}/dismiss`, { method: "DELETE" });
      setSuggestions((now) => [...now.filter((s) => s.key !== undoable.key), undoable].sort((a, b) => a.start - b.start));
      setFocusedKey(undoable.key);
      setUndoable(null);
    } catch (e) {
      setError(messageOf(e, "undo the dismissal"));
    }
  }, [base, undoable]);

  const focused = suggestions.find((s) => s.key === focusedKey) ?? null;
  return { suggestions, focused, undoable, error, isLoaded, step, focus, accept, dismiss, undo };
}
