/** Plain SVG charts for the pilot metrics page (no chart library): a line over days, horizontal bars. */
const W = 360;
const H = 150;
const PAD = { l: 40, r: 10, t: 10, b: 24 };

export function DayLineChart({
  title,
  points,
  format,
  max,
  testId,
}: {
  title: string;
  points: { date: string; value: number }[];
  format: (v: number) => string;
  /** Fixed top of the scale (1 for rates, 100 for scores); otherwise the data's maximum plus a margin. */
  max?: number;
  testId: string;
}) {
  if (points.length === 0)
    return (
      <figure className="metrics-chart" data-testid={testId}>
        <figcaption>{title}</figcaption>
        <p className="metrics-empty">—</p>
      </figure>
    );
  const days = points.map((p) => Date.parse(p.date));
  const x0 = Math.min(...days);
  const x1 = Math.max(...days, x0 + 86_400_000);
  const hi = Math.max(...points.map((p) => p.value), 0);
  const top = max ?? (hi === 0 ? 1 : hi * 1.1);
  const x = (d: string) => PAD.l + ((Date.parse(d) - x0) / (x1 - x0)) * (W - PAD.l - PAD.r);
  const y = (v: number) => PAD.t + (1 - v / top) * (H - PAD.t - PAD.b);
  const path = points
    .map((p, i) => `${i ? 'L' : 'M'}${x(p.date).toFixed(1)},${y(p.value).toFixed(1)}`)
    .join(' ');
  return (
    <figure className="metrics-chart" data-testid={testId}>
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={title}>
        <line x1={PAD.l} y1={y(0)} x2={W - PAD.r} y2={y(0)} className="metrics-axis" />
        <line x1={PAD.l} y1={PAD.t} x2={PAD.l} y2={y(0)} className="metrics-axis" />
        <text x={PAD.l - 4} y={PAD.t + 8} textAnchor="end" className="metrics-tick">
          {format(top)}
        </text>
        <text x={PAD.l - 4} y={y(0)} textAnchor="end" className="metrics-tick">
          0
        </text>
        <text x={PAD.l} y={H - 6} className="metrics-tick">
          {points[0]!.date}
        </text>
        <text x={W - PAD.r} y={H - 6} textAnchor="end" className="metrics-tick">
          {points[points.length - 1]!.date}
        </text>
        <path d={path} className="metrics-line" fill="none" />
        {points.map((p) => (
          <circle key={p.date} cx={x(p.date)} cy={y(p.value)} r={3} className="metrics-dot">
            <title>{`${p.date}: ${format(p.value)}`}</title>
          </circle>
        ))}
      </svg>
    </figure>
  );
}

export function BarChart({
  title,
  bars,
  format,
  testId,
}: {
  title: string;
  bars: { label: string; value: number }[];
  format: (v: number) => string;
  testId: string;
}) {
  const rowH = 22;
  const labelW = 110;
  const height = Math.max(1, bars.length) * rowH + 8;
  const max = Math.max(...bars.map((b) => b.value), 0) || 1;
  return (
    <figure className="metrics-chart" data-testid={testId}>
      <figcaption>{title}</figcaption>
      {bars.length === 0 ? (
        <p className="metrics-empty">—</p>
      ) : (
        <svg viewBox={`0 0 ${W} ${height}`} role="img" aria-label={title}>
          {bars.map((b, i) => {
            const w = (b.value / max) * (W - labelW - 60);
            return (
              <g key={b.label} transform={`translate(0 ${4 + i * rowH})`} data-testid={`${testId}-bar`}>
                <text x={labelW - 6} y={rowH / 2 + 4} textAnchor="end" className="metrics-tick">
                  {b.label}
                </text>
                <rect x={labelW} y={3} width={Math.max(w, 1)} height={rowH - 8} className="metrics-bar" />
                <text x={labelW + Math.max(w, 1) + 4} y={rowH / 2 + 4} className="metrics-value">
                  {format(b.value)}
                </text>
              </g>
            );
          })}
        </svg>
      )}
    </figure>
  );
}
