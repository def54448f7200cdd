import { cache } from "react";
import { redirect } from "next/navigation";
import { headers } from "next/headers";
import { getActor } from "@/lib/auth/get-actor";
import { can, type Action } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/actor";

/**
 * For server components and server actions: the signed-in actor, or a redirect to sign-in
 * (with a callback to the current page). When `action` is given and the policy refuses it,
 * redirects to /forbidden — the page itself must still scope its queries to the actor.
 */
export async function requirePageActor(action?: Action): Promise<Actor> {
  const actor = await getRequestActor();
  if (!actor) {
    const h = await headers();
    const path = h.get("x-factmark-path") ?? "/";
    redirect(`/sign-in?callbackUrl=${encodeURIComponent(path)}`);
  }
  if (action && !can(actor, action)) redirect("/forbidden");
  return actor;
}

/**
 * The session's actor, read once per server render: the layout and the page both need it, and
 * each read decodes the cookie and reloads the user. React's `cache` is scoped to one request,
 * so a disabled user or a role change still takes effect at the next request.
 */
const getRequestActor = cache(() => getActor());
