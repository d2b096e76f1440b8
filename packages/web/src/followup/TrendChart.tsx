/** A plain SVG line chart: dates on x, values on y, an optional target line; no chart library. */
export interface Series {
  label: string;
  points: { date: string; value: number }[];
  className: string;
}

const W = 320;
const H = 140;
const PAD = { l: 34, r: 8, t: 10, b: 22 };

export function TrendChart({
  title,
  unit,
  series,
  target,
  testId,
}: {
  title: string;
  unit: string;
  series: Series[];
  target?: number;
  testId: string;
}) {
  const all = series.flatMap((s) => s.points);
  if (all.length === 0) {
    return (
      <figure className="trend" data-testid={testId}>
        <figcaption>{title}</figcaption>
        <p className="trend-empty">—</p>
      </figure>
    );
  }
  const days = all.map((p) => Date.parse(p.date));
  const x0 = Math.min(...days);
  const x1 = Math.max(...days, x0 + 86_400_000);
  const values = all.map((p) => p.value).concat(target !== undefined ? [target] : []);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const span = hi - lo || 1;
  const y0 = lo - span * 0.1;
  const y1 = hi + span * 0.1;
  const x = (d: string) => PAD.l + ((Date.parse(d) - x0) / (x1 - x0)) * (W - PAD.l - PAD.r);
  const y = (v: number) => PAD.t + (1 - (v - y0) / (y1 - y0)) * (H - PAD.t - PAD.b);
  const first = new Date(x0).toISOString().slice(0, 10);
  const last = new Date(x1).toISOString().slice(0, 10);
  return (
    <figure className="trend" data-testid={testId}>
      <figcaption>
        {title} <span className="trend-unit">({unit})</span>
      </figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={title}>
        <text x={2} y={y(hi) + 4} className="trend-axis">
          {Math.round(hi * 10) / 10}
        </text>
        <text x={2} y={y(lo) + 4} className="trend-axis">
          {Math.round(lo * 10) / 10}
        </text>
        <text x={PAD.l} y={H - 4} className="trend-axis">
          {first}
        </text>
        <text x={W - PAD.r} y={H - 4} className="trend-axis" textAnchor="end">
          {last}
        </text>
        {target !== undefined && (
          <line x1={PAD.l} x2={W - PAD.r} y1={y(target)} y2={y(target)} className="trend-target" />
        )}
        {series.map((s) => (
          <g key={s.label} className={s.className}>
            <polyline fill="none" points={s.points.map((p) => `${x(p.date)},${y(p.value)}`).join(' ')} />
            {s.points.map((p, i) => (
              <circle key={i} cx={x(p.date)} cy={y(p.value)} r={3} data-testid={`${testId}-point`}>
                <title>{`${p.date}: ${p.value} ${unit}`}</title>
              </circle>
            ))}
          </g>
        ))}
      </svg>
    </figure>
  );
}
