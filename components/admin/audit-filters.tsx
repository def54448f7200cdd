const ENTITY_TYPES = ["article", "revision", "claim", "verdict", "source", "review", "comment", "user", "token", "setting", "ratingScale", "suggestion"];

/** GET form for the audit log: user, entity type, date range. Filters live in the URL. */
export function AuditFilters({ values, users }: { values: Record<string, string | undefined>; users: { id: string; name: string }[] }) {
  return (
    <form method="get" className="card row filters" aria-label="Filter the audit log">
      <label className="field">User
        <select name="actorId" defaultValue={values.actorId ?? ""}>
          <option value="">Anyone</option>
          {users.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
        </select>
      </label>
      <label className="field">Entity
        <select name="entityType" defaultValue={values.entityType ?? ""}>
          <option value="">Any</option>
          {ENTITY_TYPES.map((t) => <option key={t} value={t}>{t}</option>)}
        </select>
      </label>
      <label className="field">From<input type="date" name="from" defaultValue={values.from ?? ""} /></label>
      <label className="field">To<input type="date" name="to" defaultValue={values.to ?? ""} /></label>
      <div className="row" style={{ alignSelf: "flex-end" }}>
        <button className="btn btn-primary" type="submit">Filter</button>
        <a className="btn" href="/admin/audit">Clear</a>
      </div>
    </form>
  );
}
