import type { z } from "zod";
import { AppError, type FieldErrors } from "@/lib/errors/app-error";

/** Turns a zod error into INVALID_INPUT naming each offending field by its dotted path. */
export function zodToAppError(error: z.ZodError): AppError {
  const fields: FieldErrors = {};
  for (const issue of flattenUnions(error.issues)) {
    let path = issue.path.map(String).join(".");
    // unknown keys are reported on the parent; name them instead
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) fields[path ? `${path}.${key}` : key] = "is not a known field";
      continue;
    }
    if (!path) path = "body";
    fields[path] ??= issue.message;
  }
  return new AppError("INVALID_INPUT", `Invalid ${Object.keys(fields).join(", ")}`, { fields });
}

type Issue = z.ZodError["issues"][number];

/**
 * A union's own issue has the union's path (often the root, reported as "body"); the branch
 * closest to the input (fewest issues) names the real field instead, e.g. `text` for
 * `{ text: 42 }` against `{ text } | { html } | { url }`.
 */
function flattenUnions(issues: readonly Issue[]): Issue[] {
  return issues.flatMap((issue) => {
    if (issue.code !== "invalid_union" || !("errors" in issue) || !Array.isArray(issue.errors) || issue.errors.length === 0) return [issue];
    const branches = issue.errors as Issue[][];
    const best = branches.reduce((a, b) => (b.length < a.length ? b : a));
    if (best.length === 0) return [issue];
    return flattenUnions(best.map((i) => ({ ...i, path: [...issue.path, ...i.path] }) as Issue));
  });
}

/** Parses `input` with `schema`, throwing INVALID_INPUT with field names on failure. */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const result = schema.safeParse(input);
  if (!result.success) throw zodToAppError(result.error);
  return result.data;
}
