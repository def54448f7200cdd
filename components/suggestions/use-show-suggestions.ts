"use client";

import { useCallback, useEffect, useState } from "react";

const STORAGE_KEY = "factmark.showSuggestions";

/** The "Show suggestions" toggle, on by default and remembered in localStorage. */
export function useShowSuggestions(): [boolean, (next: boolean) => void] {
  const [isShown, setShown] = useState(true);
  useEffect(() => {
    // read after mount: the server render cannot know the stored choice
    if (window.localStorage.getItem(STORAGE_KEY) === "0") setShown(false);
  }, []);
  const update = useCallback((next: boolean) => {
    setShown(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next ? "1" : "0");
    } catch {
      // private mode or full storage: the toggle still works for this page
    }
  }, []);
  return [isShown, update];
}
