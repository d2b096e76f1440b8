/** Metrics of issue 7 / clinical-rules.md "Metrics to report", computed over one group of results. */
import { DISPOSITION_RANK, type Disposition } from '../../packages/core/src/index.ts';

export interface Outcome {
  id: string;
  gold: { disposition: Disposition; department: string };
  predicted: Disposition;
  departments: string[];
  trap?: boolean;
}

export interface Scores {
  n: number;
  exact: number;
  safety: number; // predicted at least as urgent as gold
  emergencyRecall: number | null;
  underTriagedEmergencies: number;
  underTriage: number; // any level, share
  overTriage: number; // share predicted more urgent than gold
  perLevel: Record<Disposition, { n: number; correct: number }>;
  deptTop1: number;
  deptTop2: number;
  trapsCaught: string; // "k/n" emergency traps sent to emergency
}

const share = (k: number, n: number) => (n ? Math.round((1000 * k) / n) / 10 : 0);

export function scoreTriage(rows: readonly Outcome[]): Scores {
  const perLevel: Scores['perLevel'] = {
    emergency: { n: 0, correct: 0 },
    urgent: { n: 0, correct: 0 },
    routine: { n: 0, correct: 0 },
    self_care: { n: 0, correct: 0 },
  };
  let exact = 0,
    safe = 0,
    over = 0,
    under = 0,
    emerg = 0,
    emergHit = 0,
    top1 = 0,
    top2 = 0,
    traps = 0,
    trapsHit = 0;
  for (const r of rows) {
    const g = DISPOSITION_RANK[r.gold.disposition];
    const p = DISPOSITION_RANK[r.predicted];
    perLevel[r.gold.disposition].n++;
    if (g === p) {
      exact++;
      perLevel[r.gold.disposition].correct++;
    }
    if (p >= g) safe++;
    if (p > g) over++;
    if (p < g) under++;
    if (r.gold.disposition === 'emergency') {
      emerg++;
      if (r.predicted === 'emergency') emergHit++;
      if (r.trap) {
        traps++;
        if (r.predicted === 'emergency') trapsHit++;
      }
    }
    if (r.departments[0] === r.gold.department) top1++;
    if (r.departments.slice(0, 2).includes(r.gold.department)) top2++;
  }
  const n = rows.length;
  return {
    n,
    exact: share(exact, n),
    safety: share(safe, n),
    emergencyRecall: emerg ? share(emergHit, emerg) : null,
    underTriagedEmergencies: emerg - emergHit,
    underTriage: share(under, n),
    overTriage: share(over, n),
    perLevel,
    deptTop1: share(top1, n),
    deptTop2: share(top2, n),
    trapsCaught: `${trapsHit}/${traps}`,
  };
}
