"use client";

import { useEffect, useRef } from "react";

/** Whether keyboard focus is somewhere typing happens (so single-letter shortcuts must not fire). */
function isTypingTarget(el: EventTarget | null): boolean {
  if (!(el instanceof HTMLElement)) return false;
  if (el.closest(".article-text")) return false; // the read-only article takes no typing
  return el.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(el.tagName);
}

/**
 * Workspace shortcuts: Alt+M marks the selection; J / K (outside form fields) and
 * Alt+ArrowDown / Alt+ArrowUp (anywhere) move to the next / previous claim.
 * `event.code` is used for Alt+M because Alt+M types "µ" on macOS keyboards.
 */
export function useClaimNavigationKeys(handlers: { onMark: () => void; onNext: () => void; onPrevious: () => void }) {
  const ref = useRef(handlers);
  ref.current = handlers;
  useEffect(() => {
    function onKeyDown(e: KeyboardEvent) {
      if (e.ctrlKey || e.metaKey || e.defaultPrevented) return;
      if (e.altKey && e.code === "KeyM") {
        e.preventDefault();
        ref.current.onMark();
      } else if (e.altKey && (e.key === "ArrowDown" || e.key === "ArrowUp")) {
        e.preventDefault();
        (e.key === "ArrowDown" ? ref.current.onNext : ref.current.onPrevious)();
      } else if (!e.altKey && !e.shiftKey && (e.key === "j" || e.key === "k") && !isTypingTarget(e.target)) {
        e.preventDefault();
        (e.key === "j" ? ref.current.onNext : ref.current.onPrevious)();
      }
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);
}
