import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import type { ValidateFunction } from "ajv";
import schema from "./schema/annotated-article-1.json";
import type { AnnotatedArticle } from "./annotated-article.types";

export type AnnotatedArticleValidation =
  | { valid: true; errors: [] }
  | { valid: false; errors: string[] };

let compiled: ValidateFunction<AnnotatedArticle> | undefined;

// Compiling a schema is costly (code generation); do it once per process, on first use.
function getValidator(): ValidateFunction<AnnotatedArticle> {
  if (!compiled) {
    const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
    addFormats(ajv);
    compiled = ajv.compile<AnnotatedArticle>(schema);
  }
  return compiled;
}

/**
 * Validate a document against the committed JSON Schema of "factmark.annotated-article/1"
 * (lib/export/schema/annotated-article-1.json, draft 2020-12, with ajv-formats for
 * date-time and date). Returns every problem as "<JSON pointer> <message>", so a test or a
 * client can see all of them at once rather than the first.
 */
export function validateAnnotatedArticle(doc: unknown): AnnotatedArticleValidation {
  const validate = getValidator();
  if (validate(doc)) return { valid: true, errors: [] };
  const errors = (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? "is invalid"}`);
  return { valid: false, errors };
}

/** The JSON Schema itself, for the route that serves it at /api/v1/schemas/annotated-article-1.json. */
export const annotatedArticleJsonSchema: Readonly<Record<string, unknown>> = schema;
