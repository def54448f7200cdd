/** A quote with its stored context: "…prefix **exact** suffix…", the quote in bold. */
export function QuoteInContext({ exact, prefix, suffix }: { exact: string; prefix: string; suffix: string }) {
  return (
    <q className="quote-in-context">
      {prefix ? <span className="muted">…{prefix}</span> : null}
      <strong>{exact}</strong>
      {suffix ? <span className="muted">{suffix}…</span> : null}
    </q>
  );
}
