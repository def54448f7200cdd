import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/require-page-actor";

export const metadata: Metadata = { title: "Administration" };

export default async function AdminPage() {
  await requirePageActor("user.manage");
  return (
    <div className="stack narrow" style={{ margin: 0 }}>
      <h1>Administration</h1>
      <ul className="stack">
        <li><Link href="/admin/users">Users</Link> — invite people, change roles, disable accounts.</li>
        <li><Link href="/admin/rating-scale">Rating scale</Link> — labels, order, values and colours of verdict ratings.</li>
        <li><Link href="/admin/settings">Settings</Link> — minimum sources, self-approval, import and newsroom details.</li>
        <li><Link href="/admin/audit">Audit log</Link> — every change, by whom and when.</li>
      </ul>
    </div>
  );
}
