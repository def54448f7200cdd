import { z } from "zod";
import type { PersonDto } from "@/lib/claim/claim.types";

/** POST /api/v1/claims/{id}/comments */
export const createCommentInputSchema = z.object({ body: z.string().trim().min(1, "is empty").max(10_000) }).strict();
export type CreateCommentInput = z.infer<typeof createCommentInputSchema>;

export type CommentDto = { id: string; claimId: string; author: PersonDto; body: string; createdAt: string };
