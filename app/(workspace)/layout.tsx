import type { ReactNode } from "react";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { AppNav } from "@/components/layout/app-nav";

// Pages under (workspace) need a signed-in user; each page still checks its own action.
export default async function WorkspaceLayout({ children }: { children: ReactNode }) {
  const actor = await requirePageActor();
  return (
    <>
      <AppNav actor={actor} />
      <main id="main" className="app-main">{children}</main>
    </>
  );
}
