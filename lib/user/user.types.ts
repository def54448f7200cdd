import { z } from "zod";

export const ROLES = ["FACT_CHECKER", "EDITOR", "EXPORTER", "ADMIN"] as const;
export const roleSchema = z.enum(ROLES);

/** POST /api/v1/users — invite someone; they set their own password through the link. */
export const inviteUserSchema = z
  .object({
    email: z.string().trim().toLowerCase().email("must be a valid email address").max(254),
    name: z.string().trim().min(1, "is required").max(200),
    role: roleSchema,
  })
  .strict();
export type InviteUserInput = z.infer<typeof inviteUserSchema>;

/** PATCH /api/v1/users/{id} */
export const updateUserSchema = z
  .object({
    name: z.string().trim().min(1, "is required").max(200).optional(),
    role: roleSchema.optional(),
    disabled: z.boolean().optional(),
  })
  .strict();
export type UpdateUserInput = z.infer<typeof updateUserSchema>;

/** The invite page's form. */
export const acceptInviteSchema = z
  .object({
    token: z.string().min(10).max(200),
    password: z.string().min(10, "must be at least 10 characters").max(200),
  })
  .strict();

export const INVITE_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export type UserDto = {
  id: string;
  email: string;
  name: string;
  role: (typeof ROLES)[number];
  disabled: boolean;
  /** invited but has not set a password yet */
  invitePending: boolean;
  inviteExpiresAt: string | null;
  createdAt: string;
};
