import type { Role } from "@/lib/generated/prisma/enums";

export const TOKEN_SCOPES = ["read", "export", "write"] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

/**
 * Who is acting: a signed-in user (session cookie) or a script holding one of the user's API
 * tokens. `scopes` is set only for token requests and narrows what the role allows.
 */
export type Actor = {
  id: string;
  email: string;
  name: string;
  role: Role;
  via: "session" | "token";
  scopes?: readonly TokenScope[];
};
