"use server";
import { acceptInvite } from "@/lib/user/accept-invite";
import { toErrorBody } from "@/lib/errors/to-error-response";

export type AcceptInviteState = { ok: boolean; message: string; fields: Record<string, string> } | null;

/** Server action of the set-password form: consumes the one-time token and sets the password. */
export async function acceptInviteAction(_prev: AcceptInviteState, form: FormData): Promise<AcceptInviteState> {
  try {
    await acceptInvite({ token: String(form.get("token") ?? ""), password: String(form.get("password") ?? "") });
    return { ok: true, message: "Your password is set. You can sign in now.", fields: {} };
  } catch (e) {
    const { body } = toErrorBody(e);
    return { ok: false, message: body.error.message, fields: body.error.fields ?? {} };
  }
}
