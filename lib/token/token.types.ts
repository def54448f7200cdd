import { z } from "zod";
import { TOKEN_SCOPES } from "@/lib/auth/actor";

export const createApiTokenSchema = z
  .object({
    name: z.string().trim().min(1, "Give the token a name").max(100),
    scopes: z.array(z.enum(TOKEN_SCOPES)).min(1, "Choose at least one scope").max(3),
    /** ISO date or date-time; must be in the future */
    expiresAt: z.iso.datetime({ offset: true }).or(z.iso.date()).nullable().optional(),
  })
  .strict();
export type CreateApiTokenInput = z.infer<typeof createApiTokenSchema>;

export type ApiTokenDto = {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
  createdAt: string;
  owner?: { id: string; name: string; email: string };
};
