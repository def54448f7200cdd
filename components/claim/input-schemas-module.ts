// The research form's zod schemas in one chunk: import through `loadInputSchemas` only.
export { updateClaimInputSchema } from "@/lib/claim/claim.types";
export { createSourceInputSchema } from "@/lib/source/source.types";
export { createCommentInputSchema } from "@/lib/comment/comment.types";
