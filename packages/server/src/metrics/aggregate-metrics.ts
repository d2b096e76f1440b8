/** Aggregates of per-visit pilot metrics (pure). Rates are over sums, not means of per-visit rates. */
export interface MetricRow {
  date: string; // clinic-local YYYY-MM-DD of the signature
  departmentId: string;
  doctorId: string;
  timeToSignMs: number;
  sectionsDrafted: number;
  sectionsUnchanged: number;
  editDistance: number;
  draftChars: number;
  conflictsFound: number;
  conflictsResolved: number;
  conflictsUnresolved: number;
  qcScore: number | null;
}

export interface MetricAggregate {
  visits: number;
  medianTimeToSignMs: number | null;
  meanTimeToSignMs: number | null;
  sectionsDrafted: number;
  sectionsUnchanged: number;
  /** sectionsUnchanged / sectionsDrafted */
  acceptedUnchangedRate: number | null;
  meanEditDistance: number | null;
  /** Σ edit distance / Σ draft characters: the share of the AI text the doctors changed. */
  editRatio: number | null;
  conflictsFound: number;
  conflictsResolved: number;
  conflictsUnresolved: number;
  meanQcScore: number | null;
}

const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;

export function aggregate(rows: readonly MetricRow[]): MetricAggregate {
  const n = rows.length;
  const sum = (f: (r: MetricRow) => number) => rows.reduce((a, r) => a + f(r), 0);
  const times = rows.map((r) => r.timeToSignMs).sort((a, b) => a - b);
  const median = n === 0 ? null : n % 2 ? times[(n - 1) / 2]! : (times[n / 2 - 1]! + times[n / 2]!) / 2;
  const qc = rows.map((r) => r.qcScore).filter((x): x is number => x !== null);
  const drafted = sum((r) => r.sectionsDrafted);
  const chars = sum((r) => r.draftChars);
  return {
    visits: n,
    medianTimeToSignMs: median,
    meanTimeToSignMs: n ? Math.round(sum((r) => r.timeToSignMs) / n) : null,
    sectionsDrafted: drafted,
    sectionsUnchanged: sum((r) => r.sectionsUnchanged),
    acceptedUnchangedRate: drafted ? round(sum((r) => r.sectionsUnchanged) / drafted) : null,
    meanEditDistance: n ? round(sum((r) => r.editDistance) / n, 1) : null,
    editRatio: chars ? round(sum((r) => r.editDistance) / chars) : null,
    conflictsFound: sum((r) => r.conflictsFound),
    conflictsResolved: sum((r) => r.conflictsResolved),
    conflictsUnresolved: sum((r) => r.conflictsUnresolved),
    meanQcScore: qc.length ? round(qc.reduce((a, b) => a + b, 0) / qc.length, 1) : null,
  };
}

/** Groups by a key (sorted), each group aggregated. */
export function aggregateBy<K extends string>(rows: readonly MetricRow[], key: (r: MetricRow) => K) {
  const groups = new Map<K, MetricRow[]>();
  for (const r of rows) groups.set(key(r), [...(groups.get(key(r)) ?? []), r]);
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, g]) => ({ key: k, ...aggregate(g) }));
}
