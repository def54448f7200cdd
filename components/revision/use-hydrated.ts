"use client";

import { useEffect, useState } from "react";

/**
 * False during server rendering and hydration, true once React handles events: buttons
 * that act through JavaScript stay disabled until then, so an early click is never lost
 * (or, for a form, sent as a native GET with the article text in the URL).
 */
export function useHydrated(): boolean {
  const [isHydrated, setIsHydrated] = useState(false);
  useEffect(() => setIsHydrated(true), []);
  return isHydrated;
}
