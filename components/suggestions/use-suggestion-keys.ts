"use client";

import { useEffect, useRef } from "react";

/** Whether keyboard focus is somewhere typing happens (the read-only article is not). */
function isTypingTarget(el: EventTarget | null): boolean {
  if (!(el instanceof HTMLElement)) return false;
  if (el.closest(".article-text")) return false;
  return el.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(el.tagName);
}

type Handlers = { onNext: () => void; onPrevious: () => void; onAccept: () => void; onDismiss: () => void };

/**
 * Suggestion shortcuts, outside form fields only: N / P (or Alt+Shift+↓ / ↑) next / previous,
 * A accept, D dismiss. Listens in the capture phase and cancels what it handles, so the
 * claim navigation's Alt+↓ handler (which ignores Shift) does not also fire.
 */
export function useSuggestionKeys(isActive: boolean, handlers: Handlers) {
  const ref = useRef(handlers);
  ref.current = handlers;
  useEffect(() => {
    if (!isActive) return;
    function onKeyDown(e: KeyboardEvent) {
      if (e.ctrlKey || e.metaKey || e.defaultPrevented || isTypingTarget(e.target)) return;
      let action: (() => void) | null = null;
      if (e.altKey && e.shiftKey && (e.key === "ArrowDown" || e.key === "ArrowUp")) {
        action = e.key === "ArrowDown" ? ref.current.onNext : ref.current.onPrevious;
      } else if (!e.altKey && !e.shiftKey) {
        const byKey: Record<string, () => void> = { n: ref.current.onNext, p: ref.current.onPrevious, a: ref.current.onAccept, d: ref.current.onDismiss };
        action = byKey[e.key.toLowerCase()] ?? null;
      }
      if (!action) return;
      e.preventDefault();
      e.stopPropagation();
      action();
    }
    window.addEventListener("keydown", onKeyDown, true);
    return () => window.removeEventListener("keydown", onKeyDown, true);
  }, [isActive]);
}
