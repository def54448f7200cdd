import { z } from "zod";

/** Only http(s) links may appear in an explanation: no `javascript:`, `data:` or relative URLs. */
export const httpUrlSchema = z
  .string()
  .trim()
  .max(2000)
  .refine((v) => {
    try {
      const u = new URL(v);
      return (u.protocol === "http:" || u.protocol === "https:") && u.hostname.length > 0;
    } catch {
      return false;
    }
  }, "must be an http:// or https:// URL");

const linkMarkSchema = z
  .object({
    type: z.literal("link"),
    attrs: z
      .object({
        href: httpUrlSchema,
        // tiptap's Link extension emits these; they are re-derived on render, never trusted
        target: z.string().max(20).nullable().optional(),
        rel: z.string().max(100).nullable().optional(),
        class: z.string().max(100).nullable().optional(),
        title: z.string().max(500).nullable().optional(),
      })
      .strict(),
  })
  .strict();

const markSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("bold") }).strict(),
  z.object({ type: z.literal("italic") }).strict(),
  linkMarkSchema,
]);

const inlineSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("text"), text: z.string().min(1).max(20_000), marks: z.array(markSchema).max(3).optional() }).strict(),
  z.object({ type: z.literal("hardBreak") }).strict(),
]);

const paragraphSchema = z
  .object({ type: z.literal("paragraph"), content: z.array(inlineSchema).max(2000).optional(), attrs: z.object({}).passthrough().optional() })
  .strict();

/**
 * The tiptap JSON an explanation may hold: a doc of paragraphs of text with bold, italic
 * and http(s) links (and hard breaks). Anything else is refused, so stored explanations
 * can be rendered and exported without trusting the editor.
 */
export const explanationDocSchema = z
  .object({ type: z.literal("doc"), content: z.array(paragraphSchema).max(500) })
  .strict();

export type ExplanationDoc = z.infer<typeof explanationDocSchema>;
