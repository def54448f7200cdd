export type Bar = { label: string; value: number; colour: string; href?: string };

const ROW = 28;
const LABEL_W = 150;
const BAR_W = 300;

/**
 * A horizontal bar chart in inline SVG: every bar carries its label and count as text (never
 * colour alone), the figure has a caption and the SVG an aria-label summing it up, and a
 * data table follows for copying. The SVG is one image (no links inside it, which screen
 * readers would not reach); bars with `href` get a link under the chart instead.
 */
export function BarChart({ title, bars, id }: { title: string; bars: Bar[]; id: string }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const height = bars.length * ROW + 8;
  const summary = `${title}: ${bars.map((b) => `${b.label} ${b.value}`).join(", ")}`;
  return (
    <figure className="chart card" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}><strong>{title}</strong></figcaption>
      <svg role="img" aria-label={summary} viewBox={`0 0 ${LABEL_W + BAR_W + 60} ${height}`} width="100%" style={{ maxWidth: 560 }}>
        {bars.map((b, i) => {
          const y = i * ROW + 4;
          const w = Math.round((b.value / max) * BAR_W);
          const body = (
            <>
              <text x={LABEL_W - 8} y={y + 17} textAnchor="end" fontSize="13" fill="#1c1d1f">{b.label}</text>
              <rect x={LABEL_W} y={y + 3} width={Math.max(w, b.value > 0 ? 2 : 0)} height={ROW - 8} fill={b.colour} stroke="#1c1d1f" strokeWidth="0.5" rx="2" />
              <text x={LABEL_W + w + 6} y={y + 17} fontSize="13" fill="#1c1d1f">{b.value}</text>
            </>
          );
          return <g key={b.label}>{body}</g>;
        })}
      </svg>
      {bars.some((b) => b.href && b.value > 0) ? (
        <p className="small chart-links">
          Open in the review queue:{" "}
          {bars.filter((b) => b.href && b.value > 0).map((b, i) => (
            <span key={b.label}>{i > 0 ? " · " : ""}<a href={b.href}>{b.label}</a></span>
          ))}
        </p>
      ) : null}
      <details>
        <summary className="small">Show as a table</summary>
        <table className="table">
          <thead><tr><th scope="col">{title.split(" by ")[1] ?? "Group"}</th><th scope="col">Claims</th></tr></thead>
          <tbody>
            {bars.map((b) => (
              <tr key={b.label}><th scope="row">{b.href ? <a href={b.href}>{b.label}</a> : b.label}</th><td>{b.value}</td></tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
