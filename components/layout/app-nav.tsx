import Link from "next/link";
import type { Actor } from "@/lib/auth/actor";
import { can, roleLabel } from "@/lib/auth/policy";
import { countNavBadges } from "@/lib/claim/count-nav-badges";
import { SignOutButton } from "@/components/layout/sign-out-button";

/** Role-aware top navigation; links only to what the actor may open (the pages check again). */
export async function AppNav({ actor }: { actor: Actor }) {
  const badges = await countNavBadges(actor);
  const links: { href: string; label: string; badge?: number | null }[] = [
    { href: "/articles", label: "Articles" },
  ];
  if (can(actor, "claim.update")) links.push({ href: "/sent-back", label: "Sent back to me", badge: badges.sentBack });
  if (can(actor, "reviewQueue.read")) links.push({ href: "/review", label: "Review queue", badge: badges.inReview });
  if (can(actor, "dashboard.read")) links.push({ href: "/dashboard", label: "Dashboard" });
  if (can(actor, "export.read")) links.push({ href: "/export", label: "Export" });
  if (can(actor, "user.manage")) links.push({ href: "/admin", label: "Admin" });
  return (
    <header className="app-header">
      <nav aria-label="Main" className="app-nav">
        <Link href="/articles" className="brand">Factmark</Link>
        <ul>
          {links.map((l) => (
            <li key={l.href}>
              <Link href={l.href}>
                {l.label}
                {l.badge ? <span className="badge" aria-label={`${l.badge} waiting`}>{l.badge}</span> : null}
              </Link>
            </li>
          ))}
        </ul>
        <div className="nav-user">
          <Link href="/settings" title="Your settings and API tokens">
            {actor.name} <span className="role-tag">{roleLabel(actor.role)}</span>
          </Link>
          <SignOutButton />
        </div>
      </nav>
    </header>
  );
}
