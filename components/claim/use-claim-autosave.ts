"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { ClaimDto } from "@/lib/claim/claim.types";
import { loadInputSchemas } from "@/components/claim/input-schemas";
import { apiFetch, ApiError } from "@/components/claim/api-client";
import { draftOf, sameValue, toClaimPatch, type ClaimDraft, type DraftField } from "@/components/claim/claim-draft";

export type SaveState = "saved" | "dirty" | "saving" | "error" | "conflict";
export type ClaimConflict = { theirs: ClaimDto; changedFields: string[]; mine: Partial<ClaimDraft> };

const DEBOUNCE_MS = 800;

/**
 * The research form's draft and its autosave. Edits stay in the draft (never replaced by a
 * server answer while dirty); a save sends only the changed fields with the version they
 * were based on. Saves and source operations run one at a time, so our own requests never
 * conflict with each other. A 409 stops autosaving until the user picks a side.
 */
export function useClaimAutosave(initial: ClaimDto, onSaved: (dto: ClaimDto) => void) {
  const [server, setServer] = useState(initial);
  const [draft, setDraftState] = useState(() => draftOf(initial));
  const [state, setState] = useState<SaveState>("saved");
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [conflict, setConflictState] = useState<ClaimConflict | null>(null);
  const [externalRev, setExternalRev] = useState(0);
  const serverRef = useRef(initial);
  const draftRef = useRef(draftOf(initial));
  const dirty = useRef(new Set<DraftField>());
  const conflictRef = useRef<ClaimConflict | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  const savedRef = useRef(onSaved);
  savedRef.current = onSaved;

  const setDraft = (d: ClaimDraft) => {
    draftRef.current = d;
    setDraftState(d);
  };
  const setConflict = (c: ClaimConflict | null) => {
    conflictRef.current = c;
    setConflictState(c);
  };

  /** Takes `dto` as the server's truth; dirty fields and `keep` keep the user's values. */
  const adopt = useCallback((dto: ClaimDto, keep: ReadonlySet<DraftField> = new Set()) => {
    serverRef.current = dto;
    setServer(dto);
    const fresh = draftOf(dto);
    const mine = draftRef.current;
    const merged = { ...fresh } as Record<DraftField, unknown>;
    for (const f of Object.keys(fresh) as DraftField[]) {
      if (dirty.current.has(f) || keep.has(f) || sameValue(mine[f], fresh[f])) merged[f] = mine[f];
    }
    if (!sameValue(merged.explanation, mine.explanation)) setExternalRev((n) => n + 1);
    setDraft(merged as ClaimDraft);
    savedRef.current(dto);
  }, []);

  const run = useCallback(<T,>(fn: () => Promise<T>): Promise<T> => {
    const next = chain.current.then(fn, fn);
    chain.current = next.catch(() => undefined);
    return next;
  }, []);

  const flush = useCallback((): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    return run(async () => {
      if (!dirty.current.size || conflictRef.current || serverRef.current.status === "APPROVED") return;
      const fields = new Set(dirty.current);
      const body = toClaimPatch(fields, draftRef.current, serverRef.current.version);
      const { updateClaimInputSchema } = await loadInputSchemas();
      const parsed = updateClaimInputSchema.safeParse(body);
      if (!parsed.success) {
        setFieldErrors(Object.fromEntries(parsed.error.issues.map((i) => [i.path.join("."), i.message])));
        setState("error");
        setError("Some fields are not valid; fix them to save.");
        return;
      }
      dirty.current.clear();
      setState("saving");
      try {
        const dto = await apiFetch<ClaimDto>(`/api/v1/claims/${serverRef.current.id}`, { method: "PATCH", body });
        adopt(dto, fields);
        setFieldErrors({});
        setError(null);
        setState(dirty.current.size ? "dirty" : "saved");
      } catch (e) {
        for (const f of fields) dirty.current.add(f);
        const theirs = e instanceof ApiError ? (e.body.claim as ClaimDto | undefined) : undefined;
        if (e instanceof ApiError && e.status === 409 && theirs && !e.body.locked) {
          const mine: Partial<ClaimDraft> = {};
          for (const f of dirty.current) (mine as Record<string, unknown>)[f] = draftRef.current[f];
          setConflict({ theirs, changedFields: (e.body.changedFields as string[] | undefined) ?? [], mine });
          setState("conflict");
        } else if (e instanceof ApiError && e.status === 409 && theirs) {
          adopt(theirs);
          setState("error");
          setError("This claim was approved meanwhile and is locked; your unsaved edits are still in the form.");
        } else {
          setFieldErrors(e instanceof ApiError ? e.fields : {});
          setState("error");
          setError(e instanceof ApiError ? e.message : "Could not reach the server; your edits are kept and will be retried.");
        }
      }
    });
  }, [adopt, run]);

  const setField = useCallback(<F extends DraftField>(field: F, value: ClaimDraft[F]) => {
    setDraft({ ...draftRef.current, [field]: value });
    dirty.current.add(field);
    if (conflictRef.current) return;
    setState("dirty");
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), DEBOUNCE_MS);
  }, [flush]);

  const resolveConflict = useCallback((choice: "mine" | "theirs") => {
    const c = conflictRef.current;
    if (!c) return;
    setConflict(null);
    if (choice === "theirs") dirty.current.clear();
    adopt(c.theirs);
    if (choice === "mine") void flush();
    else setState("saved");
  }, [adopt, flush]);

  /** Runs a source (or other) request in line with saves and takes the claim it returns. */
  const mutate = useCallback((fn: () => Promise<ClaimDto>) => run(async () => {
    const dto = await fn();
    adopt(dto);
    return dto;
  }), [adopt, run]);

  // leaving the claim (or the page) sends what is pending rather than dropping it
  useEffect(() => {
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (dirty.current.size) {
        void flush();
        e.preventDefault();
      }
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      if (dirty.current.size && !conflictRef.current) void flush();
    };
  }, [flush]);

  return { server, draft, state, error, fieldErrors, conflict, externalRev, setField, flush, resolveConflict, mutate, adopt };
}
